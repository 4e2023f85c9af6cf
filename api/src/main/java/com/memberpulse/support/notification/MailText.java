package com.memberpulse.support.notification;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text part of an e-mail from its (sanitised) HTML: paragraphs and line breaks kept, list items dashed,
 * quotes marked with {@code > }, links written as "text (address)". For mail clients that show text only.
 */
final class MailText {

    private MailText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            private int quoteDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    append(textNode.text());
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "br" -> newLine();
                        case "li" -> {
                            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                                newLine();
                            }
                            append("- ");
                        }
                        case "blockquote" -> {
                            blankLine();
                            quoteDepth++;
                        }
                        case "p", "div", "h1", "h2", "h3", "h4", "ul", "ol" -> blankLine();
                        case "hr" -> {
                            blankLine();
                            append("----");
                            blankLine();
                        }
                        default -> {
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "a" -> {
                            String href = element.attr("href");
                            if (!href.isBlank() && !href.equals(element.text())) {
                                append(" (" + href + ")");
                            }
                        }
                        case "blockquote" -> {
                            quoteDepth--;
                            blankLine();
                        }
                        case "p", "div", "h1", "h2", "h3", "h4", "ul", "ol" -> blankLine();
                        default -> {
                        }
                    }
                }
            }

            private void append(String words) {
                if (words.isEmpty()) {
                    return;
                }
                if (text.isEmpty() || text.charAt(text.length() - 1) == '\n') {
                    text.append("> ".repeat(quoteDepth));
                    words = words.stripLeading();
                }
                text.append(words);
            }

            private void newLine() {
                text.append('\n');
            }

            private void blankLine() {
                int length = text.length();
                if (length == 0 || (length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n')) {
                    return;
                }
                text.append(text.charAt(length - 1) == '\n' ? "\n" : "\n\n");
            }
        });
        return text.toString().strip() + "\n";
    }
}
