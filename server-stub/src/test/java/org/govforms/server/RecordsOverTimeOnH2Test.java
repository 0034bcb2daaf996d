package org.govforms.server;

/** Records over time on the embedded H2 database, the server's default. */
class RecordsOverTimeOnH2Test extends RecordsOverTimeApiTest {
}
