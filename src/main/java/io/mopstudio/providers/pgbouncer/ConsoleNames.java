package io.mopstudio.providers.pgbouncer;

import io.mopstudio.providers.PrimitiveException;
import java.util.regex.Pattern;

/** Names and values written into PgBouncer console commands, checked so none can carry another command. */
final class ConsoleNames {

    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Pattern SETTING = Pattern.compile("[a-z_]{1,63}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:/-]{0,200}");

    private ConsoleNames() {
    }

    static String database(String primitive, String name) throws PrimitiveException {
        if (!DATABASE.matcher(name).matches()) {
            throw new PrimitiveException(primitive + ": database '" + name + "' is not a plain PgBouncer database"
                    + " name (letters, digits, _)");
        }
        return name;
    }

    static String setting(String primitive, String key) throws PrimitiveException {
        if (!SETTING.matcher(key).matches()) {
            throw new PrimitiveException(primitive + ": '" + key + "' is not a PgBouncer setting name");
        }
        return key;
    }

    /** A setting's value as a quoted console literal. */
    static String value(String primitive, String key, Object value) throws PrimitiveException {
        String text = String.valueOf(value);
        if (!VALUE.matcher(text).matches()) {
            throw new PrimitiveException(primitive + ": value '" + text + "' for " + key
                    + " holds characters a PgBouncer setting does not take");
        }
        return "'" + text + "'";
    }
}
