package no.praksis.validator.schema;

import java.util.regex.Pattern;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

/**
 * The {@code email} format as an RFC 5321 mailbox: a dot-atom local part, {@code @}, and a domain of
 * two or more labels. Unlike the validator's own check it does not consult a list of top-level
 * domains, which goes stale and rejects reserved names such as {@code .example}; letters outside
 * ASCII are accepted in the domain, as in {@code post@bærum.no}.
 */
final class MailboxFormat implements Format {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern MAILBOX = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*\\.(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})");

    @Override
    public String getName() {
        return "email";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return value.length() <= 254 && value.indexOf('@') <= 64 && MAILBOX.matcher(value).matches();
    }
}
