package com.memberpulse.support.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The search benchmark's tickets: spread like {@link SeededTickets} (statuses, priorities, categories, a fifth from
 * sponsors, two thirds held by one of 20 agents, raised over two years), but written in words an association's support
 * desk reads: a subject from {@link #SUBJECTS}, a description of two {@link #DETAILS} and a {@link #CONTEXTS} sentence,
 * now and then a {@link #RARE} word; the first entries of each list are picked far more often than the last, so words
 * match anything from a handful to a large share of the tickets. Two in five have a staff reply ({@link #REPLIES}), one
 * in ten an internal note ({@link #NOTES}); tags {@code billing} (10 %), {@code escalated} (3 %) and {@code vip} (2 %).
 * One statement per batch; parameters: the total count (which spaces the creation times), then the first and last
 * ticket of this batch (1-based).
 */
public final class SearchableTickets {

    public static final List<String> SUBJECTS = List.of(
            "Membership renewal payment failed", "Cannot log in to the member portal", "Question about my annual dues invoice",
            "Conference registration not confirmed", "Password reset email never arrived", "Update my mailing address",
            "Refund request for a cancelled event", "Certificate of attendance missing", "CPD credits not recorded",
            "Card declined during checkout", "Unsubscribe me from the newsletter", "Webinar recording link is broken",
            "Change my membership category to retired", "Student discount verification", "Sponsor benefits for this year",
            "Exhibitor booth allocation", "Journal access through our library", "Tax receipt for my donation",
            "Directory listing shows the wrong employer", "Chapter meeting room booking", "Volunteering for the awards committee",
            "Job board posting was rejected", "Mobile app crashes on startup", "Duplicate account after our firms merged",
            "Group membership seats for our firm", "Election ballot did not arrive", "Certification exam rescheduling",
            "Gala dinner seating and dietary needs", "Question about the bylaws amendment vote",
            "Accessibility request for the annual meeting", "Invoice needs a purchase order number", "Lifetime membership eligibility");

    public static final List<String> DETAILS = List.of(
            "I was charged twice for my annual dues this month.", "The payment page shows an error after I enter my card details.",
            "I renewed online but my status still says lapsed.", "The confirmation email went to my old work address.",
            "Our finance team needs an itemised invoice with the VAT number.", "I cannot find the recording of last week's webinar.",
            "My certificate shows the wrong name and date.", "The login page keeps sending me back to the start.",
            "Could you move my registration to the spring conference?", "I would like to cancel and get a refund if possible.",
            "The mobile app logs me out every few minutes.", "Our company sponsored the event but the logo is missing.",
            "I need a receipt so my employer can reimburse the fee.", "A colleague left and we want to transfer the seat to a new hire.",
            "The directory still lists my previous employer and phone number.", "I have not received the journal since the renewal.",
            "Please update my address, we moved to a new office.", "The discount code for students does not apply at checkout.",
            "I submitted my credits in March but the transcript is empty.", "The booth map puts us next to a competitor, can this change?",
            "Is there a wheelchair accessible entrance at the venue?", "We did not get the ballot for the board election.",
            "The job posting was rejected without any explanation.", "I tried two browsers and cleared the cache already.");

    public static final List<String> CONTEXTS = List.of(
            "Thank you for your help.", "This is quite urgent as the deadline is on Friday.", "My member number is on my profile.",
            "I attached a screenshot of the error.", "This started after the website update.", "I am a member of the northern chapter.",
            "I have been a member for twelve years.", "Please call me back if that is easier.", "Our office manager handles the billing.",
            "The same happened to two colleagues.", "I am travelling next week, so email is best.", "Kind regards from the Leeds branch.",
            "I already asked on the community forum.", "We are a small nonprofit with three members.", "Happy to provide more details.",
            "The treasurer asked me to follow up on this.");

    public static final List<String> RARE = List.of(
            "apostille", "braille", "sabbatical", "honorarium", "quorum", "escrow", "chargeback", "arbitration", "embargo",
            "erratum", "plenary", "livestream", "hackathon", "mentorship", "bursary", "fellowship", "emeritus", "obituary",
            "trademark", "plagiarism", "interpreter", "visa", "notarised", "endowment", "bequest", "probate", "audit",
            "subpoena", "insolvency", "ombudsman");

    public static final List<String> REPLIES = List.of(
            "Thanks for reaching out, I have refunded the duplicate charge.", "I have reset your password, please try to log in again.",
            "Your renewal is now active and the invoice is attached.", "I corrected the certificate and sent you a new copy.",
            "The webinar recording is available in your member portal.", "Your address has been updated in the directory.",
            "I moved your registration to the spring conference.", "The student discount is applied to your account now.",
            "Our events team will contact you about the seating.", "The credits are recorded on your transcript.",
            "We have reissued the ballot to your preferred email.", "The app update released today fixes the logout problem.");

    public static final List<String> NOTES = List.of(
            "Escalated to finance for the chargeback.", "Checked the payment gateway logs, two captures.",
            "Known issue with the app release, engineering is on it.", "Requester is a board member, handle with care.",
            "Merged the duplicate accounts after checking both emails.", "Waiting on the venue about accessibility.",
            "Sponsor contract says gold tier benefits.", "Asked the certification team to confirm the exam date.");

    public static final String SQL = """
            with categories as (select array_agg(id order by position) as ids from ticket_category),
                 words as (select array[%s] as subjects, array[%s] as details, array[%s] as contexts, array[%s] as rare,
                                  array[%s] as replies, array[%s] as notes),
                 inserted as (
                   insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                       requester_name, requester_email, assignee_id, assignee_name, channel, created_by_id,
                                       created_at, updated_at, tags)
                   select gen_random_uuid(), nextval('ticket_number_seq'), words.subjects[1 + floor(subject * cardinality(words.subjects))::int],
                          '<p>' || words.details[1 + floor(detail * cardinality(words.details))::int] || ' '
                                || words.details[1 + floor(second_detail * cardinality(words.details))::int]
                                || case when with_rare < 0.04
                                        then ' It is about the ' || words.rare[1 + floor(rare_word * cardinality(words.rare))::int] || ' paperwork.'
                                        else '' end
                                || ' ' || words.contexts[1 + floor(context * cardinality(words.contexts))::int] || '</p>',
                          (array['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'])[1 + floor(status * 5)::int],
                          (array['LOW', 'MEDIUM', 'HIGH'])[1 + floor(priority * 3)::int],
                          categories.ids[1 + floor(category * 6)::int],
                          'member-' || requester, case when sponsor < 0.2 then 'SPONSOR' else 'MEMBER' end,
                          'Member ' || requester, 'member-' || requester || '@example.org',
                          case when assigned < 2.0 / 3 then 'agent-' || agent end,
                          case when assigned < 2.0 / 3 then 'Agent ' || agent end,
                          (array['WEB', 'EMAIL', 'PHONE', 'CHAT', 'API'])[1 + floor(channel * 5)::int], 'seed',
                          created, created + updated_after,
                          array_remove(array[case when billing < 0.10 then 'billing' end, case when escalated < 0.03 then 'escalated' end,
                                             case when vip < 0.02 then 'vip' end], null)
                     from (select n, random() as status, random() as priority, random() as category,
                                  floor(random() * 50000)::int as requester, random() as sponsor, random() as assigned,
                                  1 + floor(random() * 20)::int as agent, random() as channel,
                                  timestamptz '2024-11-01 00:00Z' + (n + random()) * (interval '730 days' / ?) as created,
                                  random() * interval '30 days' as updated_after,
                                  power(random(), 1.6) as subject, power(random(), 1.4) as detail, power(random(), 1.4) as second_detail,
                                  random() as context, random() as with_rare, power(random(), 1.2) as rare_word,
                                  random() as billing, random() as escalated, random() as vip
                             from generate_series(?, ?) as n) as seeded, categories, words
                   returning id, assignee_id, created_at)
            insert into ticket_message (id, ticket_id, visibility, author_id, author_name, author_role, body, created_at)
            select gen_random_uuid(), id, visibility, coalesce(assignee_id, 'agent-1'), 'Agent', 'STAFF', '<p>' || body || '</p>',
                   created_at + interval '3 hours'
              from (select inserted.*, 'PUBLIC' as visibility, words.replies[1 + floor(random() * cardinality(words.replies))::int] as body
                      from inserted, words where random() < 0.4
                    union all
                    select inserted.*, 'INTERNAL', words.notes[1 + floor(random() * cardinality(words.notes))::int]
                      from inserted, words where random() < 0.1) as messages"""
            .formatted(literals(SUBJECTS), literals(DETAILS), literals(CONTEXTS), literals(RARE), literals(REPLIES), literals(NOTES));

    private SearchableTickets() {
    }

    private static String literals(List<String> values) {
        return values.stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
