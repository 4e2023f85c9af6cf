package com.memberpulse.support.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The search benchmark's figures as text: the table, where a search's time goes, the five-filter paths, a chart. */
final class SearchReport {

    /** A measured figure: a label, its latencies, what it is aimed at (ms; 0 for none), a note. */
    private record Row(String label, Latencies latencies, double targetMillis, String note) {

        boolean charted() {
            return targetMillis > 0 && !label.startsWith("    ");
        }
    }

    record Facts(long tickets, long bigMessages, int tenants, int bigTickets, Duration smallTenants, Duration bigTenant,
                         SearchRebuild.Progress rebuilt, Duration reindex, String settled, String indexSize, List<SearchCase> cases,
                         Map<String, Long> matches, Map<String, Latencies> searched, Map<String, Map<String, Latencies>> parts,
                         SearchCase fiveFilters, long filteredInPostgres, long filteredInIndex, Map<String, Latencies> filtered, String plan,
                         List<CommitToSearchable.Result> lags, String writes, List<String> loads, List<String> phases, String postgres,
                 List<String> problems) {
    }

    static String of(Facts f) {
        StringBuilder out = new StringBuilder();
        out.append("Search benchmark, %s, %d CPUs, PostgreSQL %s%n".formatted(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors(), f.postgres()));
        out.append("Tickets: %,d in %,d tenants (one with %,d and %,d messages; the others about %,d each); seeding %d s + %d s%n".formatted(
                f.tickets(), f.tenants(), f.bigTickets(), f.bigMessages(), (f.tickets() - f.bigTickets()) / Math.max(1, f.tenants() - 1),
                f.smallTenants().toSeconds(), f.bigTenant().toSeconds()));
        out.append("Index: %s; %s%n".formatted(f.indexSize(), f.settled()));
        out.append("Load average (1, 5, 15 min): %s%n".formatted(String.join("; ", f.loads())));
        out.append("Phases: %s%n%n".formatted(String.join(", ", f.phases())));

        double rebuildSeconds = f.reindex().toNanos() / 1e9;
        out.append("Reindex (SearchRebuild.run, %,d tenants into %s): %,d tickets in %.0f s, %,.0f tickets/s, %s%n%n".formatted(
                f.rebuilt().tenantsTotal(), f.rebuilt().index(), f.rebuilt().ticketsIndexed(), rebuildSeconds,
                f.rebuilt().ticketsIndexed() / rebuildSeconds, f.rebuilt().state()));

        List<Row> rows = new ArrayList<>();
        for (CommitToSearchable.Result lag : f.lags()) {
            rows.add(new Row("commit-to-searchable, %d/s".formatted(lag.perSecond()), lag.lag(), 2000,
                    "%,.0f writes/s answered, %,d of %,d not found".formatted(lag.writesPerSecond(), lag.notFound(), lag.writes())));
            rows.add(new Row("  the mutations, from when due", lag.mutation(), 0, ""));
        }
        rows.add(new Row("search + facets, all", f.searched().get("all"), 100, "GraphQL, %d a page".formatted(SearchBenchmark.PAGE)));
        for (SearchCase c : f.cases()) {
            rows.add(new Row("    " + c.label(), f.searched().get(c.label()), 100, "%,d matching".formatted(f.matches().get(c.label()))));
        }
        Map<String, Latencies> five = f.filtered();
        rows.add(new Row("five filters, PostgreSQL", five.get("graphql"), 50, "GraphQL, %d a page".formatted(SearchBenchmark.QUEUE_PAGE)));
        rows.add(new Row("  its page statement", five.get("page"), 0, "in-process"));
        rows.add(new Row("five filters, index ids", five.get("index ids"), 0, "in-process"));
        rows.add(new Row("  + page among ids", five.get("index ids + page"), 50, "in-process"));

        out.append("%-34s %6s %8s %8s %8s %8s %8s  %s%n".formatted("latency (ms)", "n", "p50", "p90", "p99", "max", "target", ""));
        for (Row row : rows) {
            Latencies l = row.latencies();
            out.append("%-34s %6d %8.1f %8.1f %8.1f %8.1f %8s  %s%n".formatted(row.label(), l.count(), l.millis(0.5), l.millis(0.9),
                    l.millis(0.99), l.millis(1.0), row.targetMillis() > 0 ? "<%.0f".formatted(row.targetMillis()) : "", row.note()));
        }
        out.append("%nCommit-to-searchable: %s; the lag runs from the mutation's answer to the answer of the first search that found%n"
                .formatted(f.writes()));
        out.append("it; each rate after %d s of warm-up, then up to %d s for the last writes to be found%n"
                .formatted(SearchBenchmark.WRITE_WARM_UP.toSeconds(), CommitToSearchable.DRAIN.toSeconds()));
        for (CommitToSearchable.Result lag : f.lags()) {
            out.append("  %d/s: %,d measured writes, %d failed, %d not found; %,.0f poller searches/s; all found %s after the last write%s%n"
                    .formatted(lag.perSecond(), lag.writes(), lag.failed(), lag.notFound(), lag.searchesPerSecond(),
                            lag.notFound() == 0 ? "%.1f s".formatted(lag.drained().toMillis() / 1e3) : "not",
                            lag.repliesAsNewTickets() == 0 ? ""
                                    : "; %d replies became new tickets (all of the pool waiting)".formatted(lag.repliesAsNewTickets())));
            out.append("    events the backbone's consumers had still to handle at the last write: %s; %d s later: %s%n".formatted(lag.backlogAtEnd(),
                    lag.drained().toSeconds(), lag.backlogAfterDrain()));
            if (!lag.errors().isEmpty()) {
                out.append("    errors: %s%n".formatted(lag.errors()));
            }
        }
        out.append("%nWhere a search's time goes (in-process, p50 / p99 ms of %d): index matches (up to %,d ids), PostgreSQL page among them,%n"
                .formatted(SearchBenchmark.SEARCH_PARTS, SearchBenchmark.MAX_MATCHES));
        out.append("highlights of the page, facets; and, for comparison, the same search asking the index for one page of ids only (%d)%n"
                .formatted(SearchBenchmark.PAGE + 1));
        out.append("%-34s %15s %15s %15s %15s %15s%n".formatted("", "matches", "page", "highlights", "facets", "page of ids"));
        f.parts().forEach((label, parts) -> {
            out.append("%-34s".formatted(label));
            for (String part : List.of("matches", "page", "highlights", "facets", "page of ids")) {
                Latencies l = parts.get(part);
                out.append(" %15s".formatted("%.1f / %.1f".formatted(l.millis(0.5), l.millis(0.99))));
            }
            out.append('\n');
        });

        Latencies pg = five.get("graphql");
        Latencies pgPage = five.get("page");
        Latencies es = five.get("index ids + page");
        out.append("%nFive filters: status [OPEN, WAITING], priority [HIGH], one category, assignee agent-3, requesterType SPONSOR: %,d tickets"
                .formatted(f.filteredInPostgres()));
        out.append(" (PostgreSQL), %,d (Elasticsearch) of %,d in the tenant%n".formatted(f.filteredInIndex(), f.bigTickets()));
        out.append(("PostgreSQL page statement p50 %.1f / p99 %.1f ms; index ids + page among them p50 %.1f / p99 %.1f ms (%s at p99);%n")
                .formatted(pgPage.millis(0.5), pgPage.millis(0.99), es.millis(0.5), es.millis(0.99),
                        ratio(pgPage.millis(0.99), es.millis(0.99))));
        out.append("the queue over GraphQL on the index path would take about %.1f ms at p50 (GraphQL p50 - page p50 + index path p50)%n"
                .formatted(pg.millis(0.5) - pgPage.millis(0.5) + es.millis(0.5)));
        out.append("%nPlan of the page statement:%n%s%n".formatted(f.plan()));

        out.append("\n").append(chart(rows));
        if (!f.problems().isEmpty()) {
            out.append("%nPROBLEMS:%n%s%n".formatted(String.join("\n", f.problems())));
        }
        return out.toString();
    }

    private static String ratio(double postgres, double index) {
        return postgres >= index ? "the index path %.1fx faster".formatted(postgres / Math.max(0.001, index))
                : "PostgreSQL %.1fx faster".formatted(index / Math.max(0.001, postgres));
    }

    /** p50 and p99 of each targeted figure against its target: 40 characters are the target, marked with |. */
    private static String chart(List<Row> rows) {
        StringBuilder chart = new StringBuilder("p50 (=) and p99 (#) against the target (| at 40 characters)\n");
        for (Row row : rows) {
            if (!row.charted()) {
                continue;
            }
            for (double q : new double[] {0.5, 0.99}) {
                double value = row.latencies().millis(q);
                int width = (int) Math.min(70, Math.round(40 * value / row.targetMillis()));
                StringBuilder bar = new StringBuilder((q == 0.5 ? "=" : "#").repeat(Math.max(1, width)));
                while (bar.length() < 41) {
                    bar.append(' ');
                }
                bar.setCharAt(40, '|');
                chart.append("%-34s %s %s %.1f ms%n".formatted(q == 0.5 ? row.label() : "", q == 0.5 ? "p50" : "p99", bar, value));
            }
        }
        return chart.toString();
    }
}
