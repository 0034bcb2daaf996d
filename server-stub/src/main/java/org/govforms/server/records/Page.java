package org.govforms.server.records;

import java.util.List;

/** One page of records and the token of the next page (null on the last). */
public record Page<T>(List<T> items, String nextPageToken) {
}
