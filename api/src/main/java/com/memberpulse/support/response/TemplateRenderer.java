package com.memberpulse.support.response;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheParser;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.text.RichText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks and fills response templates, canned responses and notification texts: mustache, restricted to what
 * cannot go wrong at send time. Every tag must name a {@link TemplateVariable} (sections {@code {{#x}}...{{/x}}} and
 * {@code {{^x}}...{{/x}}} show their content when {@code x} has a value or has none); unescaped output
 * ({@code {{{x}}}}, {@code {{&x}}}), partials, inheritance, pragmas and delimiter changes are refused. So a template
 * that passes {@link #problem} always renders, and a value (a member's name) can never add markup.
 */
public final class TemplateRenderer {

    private static final String FILE = "template";
    private static final CheckingFactory HTML = new CheckingFactory(true);
    private static final CheckingFactory PLAIN = new CheckingFactory(false);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern FAILED_TO_CLOSE = Pattern.compile("Failed to close '(.*)' tag");
    private static final Pattern MISMATCHED = Pattern.compile("Mismatched start/end tags: (.*) != (.*?) in " + FILE + ":.*");

    private TemplateRenderer() {
    }

    /**
     * What is wrong with a template: in words a person can act on (the line included), and the line apart, 1 for the
     * first, so that an editor can mark it; null when the problem is not on one line (a delimiter change).
     */
    public record Problem(String message, @Nullable Integer line) {
    }

    /** What is wrong with {@code template}; empty if it may be saved. */
    public static Optional<Problem> problem(String template) {
        try {
            HTML.parse(template);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(new Problem(refused.getMessage(), refused.line));
        }
    }

    /**
     * A rich-text template filled in: values HTML-escaped, the result sanitised like every message body.
     *
     * @throws IllegalArgumentException if the template has a {@link #problem} (stored templates never have)
     */
    public static String renderHtml(String template, TemplateValues values) {
        // Stands for the reply while the template is filled in: new each time, so no value can pose as it.
        String replyInPlace = "mpReply" + UUID.randomUUID().toString().replace("-", "");
        String reply = values.notice().replyHtml();
        String html = HTML.render(template, values, replyInPlace).replace(replyInPlace, reply == null ? "" : RichText.sanitize(reply));
        return RichText.sanitize(html);
    }

    /** Whether the template shows {@code reply.body} (a notification without it gets the reply after its text). */
    public static boolean showsReply(String template) {
        return template.contains("reply.body");
    }

    /**
     * A one-line plain-text template filled in (an e-mail subject): values as they are, line breaks and other
     * control characters turned into spaces, so a value cannot add a header. Plain text: whoever puts it into HTML
     * escapes it.
     *
     * @throws IllegalArgumentException if the template has a {@link #problem}
     */
    public static String renderLine(String template, TemplateValues values) {
        return WHITESPACE.matcher(PLAIN.render(template, values, "")).replaceAll(" ").strip();
    }

    /**
     * The scope mustache resolves {@code member.firstName} in: {@code {member: {firstName: ...}}}. The reply, rich
     * text, is a marker in HTML (put back once the rest is escaped) and its plain text in a one-line template.
     */
    private static Map<String, Object> scope(TemplateValues values, boolean html, String replyInPlace) {
        Map<String, Object> scope = new HashMap<>();
        for (TemplateVariable variable : TemplateVariable.values()) {
            String[] path = variable.key().split("\\.");
            @SuppressWarnings("unchecked")
            Map<String, Object> group = (Map<String, Object>) scope.computeIfAbsent(path[0], key -> new HashMap<String, Object>());
            String value = variable.valueIn(values);
            if (variable == TemplateVariable.REPLY_BODY) {
                value = html ? (RichText.plainText(value).isEmpty() ? "" : replyInPlace) : RichText.plainText(value);
            }
            group.put(path[1], oneLine(value));
        }
        return scope;
    }

    /** Values are single-line text: what a display name or subject may hold beyond that is noise or an attack. */
    private static String oneLine(String value) {
        return WHITESPACE.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Why the parser refused a template, in the template author's terms. */
    private static Refused syntaxError(MustacheException e) {
        String message = e.getMessage();
        if (e.getContext() != null) {
            message = message.substring(0, message.length() - (" @" + e.getContext()).length());
        }
        String reason;
        Matcher matcher;
        if (message.startsWith("Improperly closed variable")) {
            reason = "a tag is not closed: every {{ needs its }}";
        } else if (message.startsWith("Empty mustache")) {
            reason = "there is an empty tag {{}}";
        } else if (message.startsWith("Disallowed: changing")) {
            reason = "changing the delimiters ({{=...=}}) is not supported";
        } else if ((matcher = FAILED_TO_CLOSE.matcher(message)).matches()) {
            reason = "the section {{#" + matcher.group(1) + "}} or {{^" + matcher.group(1) + "}} is not closed with {{/" + matcher.group(1) + "}}";
        } else if ((matcher = MISMATCHED.matcher(message)).matches()) {
            reason = "null".equals(matcher.group(1))
                    ? "{{/" + matcher.group(2) + "}} closes a section that was never opened"
                    : "{{/" + matcher.group(2) + "}} cannot close the section {{#" + matcher.group(1) + "}}, which is still open";
        } else {
            reason = "it is not valid mustache";
        }
        Integer line = e.getContext() == null ? null : e.getContext().line();
        return new Refused("The template cannot be read" + (line == null ? "" : " (line " + line + ")") + ": " + reason + ".", line);
    }

    /** A template that may not be saved; its message names the problem, and the line it is on when there is one. */
    private static final class Refused extends IllegalArgumentException {

        private final @Nullable Integer line;

        Refused(String message, @Nullable Integer line) {
            super(message);
            this.line = line;
        }
    }

    /** Compiles with {@link CheckingVisitor} and, for plain text, writes values without HTML escaping. */
    private static final class CheckingFactory extends DefaultMustacheFactory {

        private final boolean escapeHtml;

        CheckingFactory(boolean escapeHtml) {
            this.escapeHtml = escapeHtml;
        }

        /** The template compiled, or {@link Refused}; never read from a file, unlike {@code compile(String)}. */
        Mustache parse(String template) {
            try {
                return compile(new StringReader(template == null ? "" : template), FILE);
            } catch (MustacheException e) {
                throw syntaxError(e);
            }
        }

        String render(String template, TemplateValues values, String replyInPlace) {
            StringWriter out = new StringWriter();
            parse(template).execute(out, scope(values, escapeHtml, replyInPlace));
            return out.toString();
        }

        @Override
        protected MustacheParser createParser() {
            MustacheParser parser = new MustacheParser(this) { };
            parser.setAllowChangingDelimeters(false);
            return parser;
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new CheckingVisitor(this);
        }

        @Override
        public void encode(String value, Writer writer) {
            if (escapeHtml) {
                super.encode(value, writer);
                return;
            }
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sees every tag as the parser meets it, sections' contents included, and refuses what is not allowed. */
    private static final class CheckingVisitor extends DefaultMustacheVisitor {

        CheckingVisitor(DefaultMustacheFactory factory) {
            super(factory);
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            if (!encoded) {
                throw refused(tc, "{{{" + variable + "}}} and {{&" + variable + "}} would insert the value without escaping it;"
                        + " write {{" + variable + "}}");
            }
            requireKnown(tc, variable);
            super.value(tc, variable, encoded);
        }

        @Override
        public void iterable(TemplateContext tc, String variable, Mustache mustache) {
            requireKnown(tc, variable);
            super.iterable(tc, variable, mustache);
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
            requireKnown(tc, variable);
            super.notIterable(tc, variable, mustache);
        }

        @Override
        public void partial(TemplateContext tc, String variable, String indent) {
            throw refused(tc, "a template cannot include another one ({{>" + Echo.of(variable) + "}})");
        }

        @Override
        public void dynamicPartial(TemplateContext tc, String variable, String indent) {
            throw refused(tc, "a template cannot include another one ({{>" + Echo.of(variable) + "}})");
        }

        @Override
        public void extend(TemplateContext tc, String variable, Mustache mustache) {
            throw refused(tc, "template inheritance ({{<" + Echo.of(variable) + "}}) is not supported");
        }

        @Override
        public void name(TemplateContext tc, String variable, Mustache mustache) {
            throw refused(tc, "blocks ({{$" + Echo.of(variable) + "}}) are not supported");
        }

        @Override
        public void checkName(TemplateContext tc, String variable, Mustache mustache) {
            throw refused(tc, "{{?" + Echo.of(variable) + "}} is not supported");
        }

        @Override
        public void pragma(TemplateContext tc, String pragma, String args) {
            throw refused(tc, "pragmas ({{%" + Echo.of(pragma) + "}}) are not supported");
        }

        private static void requireKnown(TemplateContext tc, String variable) {
            if (TemplateVariable.byKey(variable).isEmpty()) {
                throw new Refused("Unknown variable '" + Echo.of(variable) + "' (line " + tc.line() + "). The variables are: "
                        + TemplateVariable.allKeys() + ".", tc.line());
            }
        }

        private static Refused refused(TemplateContext tc, String reason) {
            return new Refused("The template cannot be used (line " + tc.line() + "): " + reason + ".", tc.line());
        }
    }
}
