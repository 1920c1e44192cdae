package no.praksis.validator.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import no.praksis.validator.schema.NorwegianDate;

/**
 * How YAML tools read a plain (unquoted) scalar. The loader types plain scalars by the YAML 1.2 core
 * schema, but many tools still read YAML 1.1, where {@code NO} is false, {@code 0301} an octal
 * number and {@code 2026-08-01} a timestamp. Where the agreement expects text, the loader keeps the
 * text as written and reports any scalar that some reader would not take as text.
 */
public final class ScalarReading {

    /** What a reader may make of a plain scalar. */
    public enum Kind { TEXT, NULL, BOOLEAN, NUMBER, DATE }

    private static final Pattern CORE_NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CORE_OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern CORE_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern CORE_FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final Pattern YAML11_BOOL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern YAML11_NUMBER = Pattern.compile(
            "[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)"
            + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
            // YAML 1.1 resolvers in use (PyYAML, SnakeYAML 1.x) also read 1e3 as a number.
            + "|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?[eE][-+]?[0-9]+");
    private static final Pattern YAML11_TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private ScalarReading() {
    }

    /*
     * Every plain scalar of every agreement is read by both schemas, and most are words. The patterns
     * are tried only where they could match whole: a null or boolean is at most five characters, and
     * every number and timestamp above begins with a digit, a sign or a point. Matching each pattern
     * against each word was a fifth of a bulk run's loading (docs/benchmarks.md).
     */

    /** True when {@code text} begins as a number or timestamp of either schema must. */
    private static boolean numeric(String text) {
        char first = text.charAt(0);
        return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    }

    /** What a YAML 1.2 core-schema reader makes of the plain scalar {@code text}. */
    public static Kind core(String text) {
        if (text.length() <= 5) {
            if (CORE_NULL.matcher(text).matches()) {
                return Kind.NULL;
            }
            if (CORE_BOOL.matcher(text).matches()) {
                return Kind.BOOLEAN;
            }
        }
        if (numeric(text) && (CORE_INT.matcher(text).matches() || CORE_OCT.matcher(text).matches()
                || CORE_HEX.matcher(text).matches() || CORE_FLOAT.matcher(text).matches())) {
            return Kind.NUMBER;
        }
        return Kind.TEXT;
    }

    /** What a YAML 1.1 reader makes of the plain scalar {@code text}. */
    public static Kind yaml11(String text) {
        if (text.length() <= 5) {
            if (CORE_NULL.matcher(text).matches()) {
                return Kind.NULL;
            }
            if (YAML11_BOOL.matcher(text).matches()) {
                return Kind.BOOLEAN;
            }
        }
        if (!numeric(text)) {
            return Kind.TEXT;
        }
        if (YAML11_NUMBER.matcher(text).matches()) {
            return Kind.NUMBER;
        }
        if (YAML11_TIMESTAMP.matcher(text).matches()) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /**
     * What some reader would make of {@code text} other than text, or {@link Kind#TEXT} when every
     * reader takes it as text. A date where a date is expected is text as intended.
     */
    public static Kind ambiguity(String text, boolean dateExpected) {
        Kind core = core(text);
        if (core != Kind.TEXT) {
            return core;
        }
        if (dateExpected && NorwegianDate.looksLike(text)) {
            // 31.07.2030 is a YAML 1.1 float, but where a date is meant it is a date written the
            // Norwegian way: the schema's finding says how to write it, not that it be quoted.
            return Kind.TEXT;
        }
        Kind old = yaml11(text);
        return old == Kind.DATE && dateExpected ? Kind.TEXT : old;
    }

    /** The JSON value of a plain scalar by the YAML 1.2 core schema. */
    public static JsonNode coreValue(String text) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (core(text)) {
            case NULL:
                return nodes.nullNode();
            case BOOLEAN:
                return nodes.booleanNode(text.equalsIgnoreCase("true"));
            case NUMBER:
                return number(text);
            default:
                return nodes.textNode(text);
        }
    }

    /**
     * The JSON value of a plain scalar where the format expects a whole number. A float with nothing
     * after the point ({@code 1e3}, {@code 2.0}) is the whole number it stands for, given exactly: as
     * a double, one beyond the range of a long ({@code 1e300}) made the schema check fail, since it
     * reads a double as a long to compare it with a bound. A finite double has at most 309 digits.
     */
    public static JsonNode wholeNumberValue(String text) {
        JsonNode value = coreValue(text);
        if (value.isFloatingPointNumber()) {
            double number = value.doubleValue();
            if (Double.isFinite(number) && number == Math.rint(number)) {
                return integer(new BigDecimal(number).toBigIntegerExact());
            }
        }
        return value;
    }

    private static JsonNode number(String text) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String unsigned = text.startsWith("+") ? text.substring(1) : text;
        if (CORE_OCT.matcher(unsigned).matches()) {
            return integer(new BigInteger(unsigned.substring(2), 8));
        }
        if (CORE_HEX.matcher(unsigned).matches()) {
            return integer(new BigInteger(unsigned.substring(2), 16));
        }
        if (CORE_INT.matcher(unsigned).matches()) {
            return integer(new BigInteger(unsigned));
        }
        String lower = unsigned.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("inf")) {
            return nodes.numberNode(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (lower.endsWith("nan")) {
            return nodes.numberNode(Double.NaN);
        }
        return nodes.numberNode(Double.parseDouble(unsigned));
    }

    /** A whole number as the smallest JSON number that holds it. */
    private static JsonNode integer(BigInteger value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return value.bitLength() < 32 ? nodes.numberNode(value.intValue())
                : value.bitLength() < 64 ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
    }
}
