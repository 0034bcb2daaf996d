package org.govforms.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Iterates over every record of a paged list, reading the next page only when it is needed. */
final class PageIterator<T> implements Iterator<T> {

    /** One page: its records and the token of the next page (null on the last). */
    record Page<T>(List<T> items, String nextPageToken) {
    }

    private final Function<String, Page<T>> readPage;
    private Iterator<T> current = List.<T>of().iterator();
    private String nextPageToken;
    private boolean lastPageRead;

    PageIterator(Function<String, Page<T>> readPage) {
        this.readPage = readPage;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastPageRead) {
            Page<T> page = readPage.apply(nextPageToken);
            current = (page.items() == null ? List.<T>of() : page.items()).iterator();
            nextPageToken = page.nextPageToken();
            lastPageRead = nextPageToken == null;
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
