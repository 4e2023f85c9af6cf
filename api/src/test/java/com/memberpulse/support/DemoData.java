package com.memberpulse.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Realistic demo tickets for a tenant of the local stack: a few hundred over the last months, in every
 * status and priority, from the demo members and sponsors (so they see their own in {@code myTickets}) and
 * from invented members, some assigned to the demo agents. Runs inside the tenant's transaction.
 */
final class DemoData {

    /** A demo user as Keycloak knows them. */
    record Person(String id, String name, String email, boolean sponsor) {
    }

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "Billing", List.of("Charged twice for my annual dues", "Invoice shows the wrong organisation name",
                    "Refund for the cancelled workshop", "Card declined when paying membership", "Need a tax receipt for 2025"),
            "Membership", List.of("Cannot renew my membership online", "Upgrade from student to full member",
                    "My membership card has not arrived", "Change of employer on my profile", "Lapsed membership reinstatement"),
            "Events", List.of("Cannot register for the annual conference", "Dietary requirements for the gala dinner",
                    "Transfer my ticket to a colleague", "Where is our sponsor booth?", "Webinar recording link is broken"),
            "LMS", List.of("Course certificate not issued", "CPD points missing after the module", "Video lessons do not load",
                    "Quiz marks my correct answers wrong", "Access to the new compliance course"),
            "Directory", List.of("Hide my phone number in the directory", "Company listing shows an old address",
                    "Add our new office to the directory", "Search does not find my practice", "Duplicate profile in the directory"),
            "Other", List.of("Password reset e-mail never arrives", "Unsubscribe from the newsletter",
                    "Accessibility of the member portal", "Feedback on the new website", "Question about the code of conduct"));
    private static final String[] STATUSES = {"OPEN", "OPEN", "IN_PROGRESS", "IN_PROGRESS", "WAITING", "RESOLVED", "CLOSED", "CLOSED"};
    private static final String[] FIRST_NAMES = {"Alex", "Priya", "Jordan", "Mei", "Samuel", "Fatima", "Lucas", "Grace", "Tom", "Aisha"};
    private static final String[] LAST_NAMES = {"Nguyen", "Smith", "Okafor", "Rossi", "Kowalski", "Haddad", "Brown", "Tanaka"};

    private DemoData() {
    }

    /** Adds the demo tickets unless the tenant already has tickets. */
    static void seed(JdbcTemplate jdbc, List<Person> requesters, List<Person> agents, int count) {
        Long existing = jdbc.queryForObject("select count(*) from ticket", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        Map<String, UUID> categories = new HashMap<>();
        jdbc.query("select id, name from ticket_category", rs -> {
            categories.put(rs.getString("name"), rs.getObject("id", UUID.class));
        });
        Random random = new Random(2026);
        Instant now = Instant.now();
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<String> categoryNames = SUBJECTS.keySet().stream().filter(categories::containsKey).sorted().toList();
        for (int i = 0; i < count; i++) {
            Person requester = random.nextInt(5) == 0 ? requesters.get(random.nextInt(requesters.size())) : invented(random);
            String category = categoryNames.get(random.nextInt(categoryNames.size()));
            List<String> subjects = SUBJECTS.get(category);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String priority = requester.sponsor() ? "HIGH" : new String[] {"LOW", "MEDIUM", "MEDIUM", "HIGH"}[random.nextInt(4)];
            Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
            Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
            if (updated.isAfter(now)) {
                updated = now;
            }
            Person assignee = status.equals("OPEN") && random.nextBoolean() ? null : agents.get(random.nextInt(agents.size()));
            UUID id = UUID.randomUUID();
            tickets.add(new Object[] {id, subjects.get(random.nextInt(subjects.size())),
                    "<p>Hello, " + subjects.get(random.nextInt(subjects.size())).toLowerCase() + ". Could you help, please?</p>",
                    status, priority, categories.get(category), requester.id(), requester.sponsor() ? "SPONSOR" : "MEMBER",
                    requester.name(), requester.email(), assignee == null ? null : assignee.id(), assignee == null ? null : assignee.name(),
                    random.nextInt(4) == 0 ? "EMAIL" : "WEB", requester.id(), Timestamp.from(created), Timestamp.from(updated),
                    status.equals("RESOLVED") || status.equals("CLOSED") ? Timestamp.from(updated) : null,
                    status.equals("CLOSED") ? Timestamp.from(updated) : null, Timestamp.from(updated)});
            history.add(new Object[] {id, Timestamp.from(created), requester.id(), requester.name(), "CREATED", null, "OPEN"});
            if (!status.equals("OPEN")) {
                Person mover = assignee != null ? assignee : agents.getFirst();
                history.add(new Object[] {id, Timestamp.from(updated), mover.id(), mover.name(), "STATUS", "OPEN", status});
            }
        }
        // Numbers follow creation, as they would have in real life.
        tickets.sort(Comparator.comparing(row -> (Timestamp) row[14]));
        jdbc.batchUpdate("""
                insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                    requester_name, requester_email, assignee_id, assignee_name, channel, created_by_id,
                                    created_at, updated_at, resolved_at, closed_at, public_updated_at)
                values (?, nextval('ticket_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tickets);
        jdbc.batchUpdate("""
                insert into ticket_history (ticket_id, occurred_at, actor_type, actor_id, actor_name, field, from_value, to_value)
                values (?, ?, 'USER', ?, ?, ?, ?, ?)""", history);
    }

    private static Person invented(Random random) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        boolean sponsor = random.nextInt(6) == 0;
        return new Person("demo-" + UUID.nameUUIDFromBytes((first + last + sponsor).getBytes()), first + " " + last,
                (first + "." + last).toLowerCase() + "@example.org", sponsor);
    }
}
