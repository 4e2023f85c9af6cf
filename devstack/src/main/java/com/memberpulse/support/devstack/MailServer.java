package com.memberpulse.support.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 in this JVM, with IMAP beside it to read what was sent: every address
 * is a mailbox, signed in to with the address as user name and password. Mail is kept in memory only.
 */
public final class MailServer implements AutoCloseable {

    private final int smtpPort;
    private final int imapPort;
    /** What was received before the server was last paused (a restart starts with empty mailboxes). */
    private final List<MimeMessage> receivedBefore = new ArrayList<>();
    private GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.smtpPort = greenMail.getSmtp().getPort();
        this.imapPort = greenMail.getImap().getPort();
    }

    /** Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort}; 0 picks free ports. */
    public static MailServer start(int smtpPort, int imapPort) {
        return new MailServer(started(smtpPort, imapPort));
    }

    private static GreenMail started(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        // Any address receives, and signs in to IMAP with itself as password.
        greenMail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message received since the start, pauses included, in the order received. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(receivedBefore);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return all;
    }

    /** Stops accepting connections, as a mail server that is down (for tests of delivery that must survive it). */
    public synchronized void pause() {
        if (greenMail != null) {
            receivedBefore.addAll(List.of(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Accepts connections again, on the same ports. */
    public synchronized void resume() {
        if (greenMail == null) {
            greenMail = started(smtpPort, imapPort);
        }
    }

    @Override
    public synchronized void close() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
