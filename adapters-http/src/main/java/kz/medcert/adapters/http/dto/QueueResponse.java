package kz.medcert.adapters.http.dto;

import java.util.List;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase.QueuePage;

/**
 * A page of the officer's queue, the most urgent first: how many requests await a decision in all and how many of them
 * are overdue, where the page starts and how long it may be, and its entries. Field names are a public contract.
 */
public record QueueResponse(long total, long overdue, int offset, int limit, List<QueueEntryResponse> entries) {

    public static QueueResponse from(QueuePage page) {
        return new QueueResponse(page.total(), page.overdue(), page.offset(), page.limit(),
                page.entries().stream().map(QueueEntryResponse::from).toList());
    }
}
