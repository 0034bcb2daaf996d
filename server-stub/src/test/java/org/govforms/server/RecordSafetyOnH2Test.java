package org.govforms.server;

/** The record-safety behaviour on the embedded H2 database, the server's default. */
class RecordSafetyOnH2Test extends RecordSafetyApiTest {
}
