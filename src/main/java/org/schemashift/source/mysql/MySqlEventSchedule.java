package org.schemashift.source.mysql;

import java.util.Locale;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.EventAtContext;
import org.schemashift.source.mysql.grammar.MySqlParser.EventEveryContext;
import org.schemashift.source.mysql.grammar.MySqlParser.EventScheduleContext;

/**
 * The pg_cron call (https://github.com/citusdata/pg_cron) that calls an event's procedure on its
 * schedule: EVERY n SECOND is pg_cron's '{n} seconds' (1 to 59), MINUTE / HOUR / DAY / MONTH a
 * cron step, WEEK a weekly run; STARTS / ENDS and AT (one run) have no cron form and are named in
 * the item for the job to be created or dropped at that time.
 */
final class MySqlEventSchedule {
    private MySqlEventSchedule() {
    }

    /** The call scheduling job {@code name}, which calls {@code procedure}. */
    static String cronCall(String name, String procedure, EventScheduleContext schedule, SourcePositions positions) {
        String job = "SELECT cron.schedule('" + name + "', '%s', 'CALL " + procedure + "()')";
        if (schedule instanceof EventAtContext at) {
            return "one run AT " + positions.text(at.expression()) + ": no cron form; run the body once at that time: "
                    + String.format(job, "<minute hour day month *>") + " then cron.unschedule('" + name + "')";
        }
        EventEveryContext every = (EventEveryContext) schedule;
        String count = positions.text(every.count).trim();
        String cron = cron(count, MySqlNames.identifier(every.unit).toUpperCase(Locale.ROOT));
        String call = String.format(job, cron == null ? "<cron for EVERY " + count + " " + every.unit.getText() + ">" : cron);
        String bounds = (every.starts == null ? "" : "; STARTS " + positions.text(every.starts))
                + (every.ends == null ? "" : "; ENDS " + positions.text(every.ends) + " (unschedule then)");
        return "the event's body is procedure " + procedure + "(); schedule it with pg_cron: " + call + bounds;
    }

    private static String cron(String count, String unit) {
        boolean one = count.equals("1");
        if (!count.matches("[0-9]+")) return null;
        return switch (unit) {
            case "SECOND" -> Integer.parseInt(count) < 60 ? count + " seconds" : null;
            case "MINUTE" -> one ? "* * * * *" : "*/" + count + " * * * *";
            case "HOUR" -> one ? "0 * * * *" : "0 */" + count + " * * *";
            case "DAY" -> one ? "0 0 * * *" : "0 0 */" + count + " * *";
            case "WEEK" -> one ? "0 0 * * 0" : null;
            case "MONTH" -> one ? "0 0 1 * *" : "0 0 1 */" + count + " *";
            default -> null;
        };
    }
}
