package no.praksis.rules;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.praksis.schema.LocalizedText;

/**
 * The rule catalogue as plain data, field by field: what the build writes once from the rule folders
 * and start-up reads back. No reflection and no serialization framework, since reading the
 * catalogue is on every run's path: Java serialization of the same records took some 70 ms cold
 * (method handles spun per record type), this takes a few.
 */
final class CatalogueCodec {

    /** Changes whenever the layout below does: an old snapshot is then refused, not misread. */
    private static final int FORMAT = 1;

    private CatalogueCodec() {
    }

    static void write(Map<String, RuleDefinition> rules, DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        // The instruments once each, in the order first cited; a reference names its instrument's key.
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        rules.values().forEach(rule -> rule.legalBasis().stream().map(LegalReference::instrument)
                .filter(java.util.Objects::nonNull).forEach(i -> instruments.putIfAbsent(i.key(), i)));
        out.writeInt(instruments.size());
        for (Instrument instrument : instruments.values()) {
            string(out, instrument.key());
            string(out, instrument.scope());
            out.writeInt(instrument.versions().size());
            for (Instrument.Version version : instrument.versions()) {
                string(out, version.id());
                string(out, version.title());
                string(out, version.url());
                date(out, version.inForceFrom());
                date(out, version.inForceTo());
            }
        }
        out.writeInt(rules.size());
        for (RuleDefinition rule : rules.values()) {
            string(out, rule.id());
            string(out, rule.severity().name());
            out.writeBoolean(rule.waivable());
            string(out, rule.layer());
            strings(out, rule.fields());
            date(out, rule.validFrom());
            date(out, rule.validTo());
            out.writeInt(rule.legalBasis().size());
            for (LegalReference reference : rule.legalBasis()) {
                string(out, reference.instrument() == null ? null : reference.instrument().key());
                string(out, reference.article());
                string(out, reference.anchor());
                string(out, reference.quote());
                out.writeInt(reference.wordings().size());
                for (Map.Entry<String, LegalReference.Wording> wording : reference.wordings().entrySet()) {
                    string(out, wording.getKey());
                    string(out, wording.getValue().article());
                    string(out, wording.getValue().anchor());
                    string(out, wording.getValue().quote());
                }
            }
            strings(out, rule.covers());
            text(out, rule.summary());
            text(out, rule.message());
            text(out, rule.fix());
            out.writeInt(rule.variants().size());
            for (Map.Entry<String, RuleDefinition.Variant> variant : new TreeMap<>(rule.variants()).entrySet()) {
                string(out, variant.getKey());
                text(out, variant.getValue().message());
                text(out, variant.getValue().fix());
            }
            text(out, rule.why());
            string(out, rule.avoid());
            string(out, rule.prefer());
        }
    }

    static Map<String, RuleDefinition> read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("rule catalogue snapshot of format " + format + ", not " + FORMAT);
        }
        Map<String, Instrument> instruments = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = string(in);
            String scope = string(in);
            List<Instrument.Version> versions = new ArrayList<>();
            for (int v = in.readInt(); v > 0; v--) {
                versions.add(new Instrument.Version(string(in), string(in), string(in), date(in), date(in)));
            }
            instruments.put(key, new Instrument(key, versions, scope));
        }
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (int r = in.readInt(); r > 0; r--) {
            String id = string(in);
            Severity severity = Severity.valueOf(string(in));
            boolean waivable = in.readBoolean();
            String layer = string(in);
            List<String> fields = strings(in);
            LocalDate validFrom = date(in);
            LocalDate validTo = date(in);
            List<LegalReference> legalBasis = new ArrayList<>();
            for (int l = in.readInt(); l > 0; l--) {
                String key = string(in);
                Instrument instrument = key == null ? null : instruments.get(key);
                String article = string(in);
                String anchor = string(in);
                String quote = string(in);
                Map<String, LegalReference.Wording> wordings = new TreeMap<>();
                for (int w = in.readInt(); w > 0; w--) {
                    wordings.put(string(in), new LegalReference.Wording(string(in), string(in), string(in)));
                }
                legalBasis.add(new LegalReference(instrument, article, anchor, quote, wordings));
            }
            List<String> covers = strings(in);
            LocalizedText summary = text(in);
            LocalizedText message = text(in);
            LocalizedText fix = text(in);
            Map<String, RuleDefinition.Variant> variants = new TreeMap<>();
            for (int v = in.readInt(); v > 0; v--) {
                variants.put(string(in), new RuleDefinition.Variant(text(in), text(in)));
            }
            rules.put(id, new RuleDefinition(id, severity, waivable, layer, fields, validFrom, validTo, legalBasis,
                    covers, summary, message, fix, variants, text(in), string(in), string(in)));
        }
        return rules;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            values.add(string(in));
        }
        return values;
    }

    private static void date(DataOutputStream out, LocalDate date) throws IOException {
        string(out, date == null ? null : date.toString());
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        String text = string(in);
        return text == null ? null : LocalDate.parse(text);
    }

    private static void text(DataOutputStream out, LocalizedText text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            string(out, text.nb());
            string(out, text.nn());
            string(out, text.en());
        }
    }

    private static LocalizedText text(DataInputStream in) throws IOException {
        return in.readBoolean() ? new LocalizedText(string(in), string(in), string(in)) : null;
    }
}
