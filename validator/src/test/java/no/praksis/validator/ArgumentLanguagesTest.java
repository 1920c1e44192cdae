package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.schema.SchemaNavigator;
import no.praksis.schema.AgreementSchema;

/**
 * The values a message quotes that come from code, the code lists or the schema (a forum level's
 * name, a programme's, a programme term's title, a schema field's title and description) are in
 * the message's language: a nynorsk message does not quote bokmål, an English one neither.
 */
class ArgumentLanguagesTest {

    private static final String complete = TestAgreements.complete();

    private static String replace(String old, String replacement) {
        assertThat(complete).contains(old);
        return complete.replace(old, replacement);
    }

    private static Finding only(String ruleId, String language, String yaml) {
        FileReport report = Validator.builder().language(language).build()
                .validate("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(findings).as(language + ": " + report.findings()).hasSize(1);
        return findings.get(0);
    }

    @Test
    void aMissingForumLevelIsNamedInTheLanguageOfTheMessage() {
        String yaml = replace("    - level: professional\n      name: Fagråd for praksis\n"
                + "      participants: [Direktør for helse og omsorg, Dekan, Fagutvikler]\n      frequency: per-term\n", "");
        assertThat(only("REPORT-2.5-ANCHORING-FORUMS", "nb", yaml).message())
                .startsWith("Avtalen har ingen samarbeidsarena på faglig nivå. Legg til en samarbeidsarena på faglig nivå");
        assertThat(only("REPORT-2.5-ANCHORING-FORUMS", "nn", yaml).message())
                .startsWith("Avtalen har ingen samarbeidsarena på fagleg nivå. Legg til ein samarbeidsarena på fagleg nivå")
                .doesNotContain("faglig nivå under");
        assertThat(only("REPORT-2.5-ANCHORING-FORUMS", "en", yaml).message())
                .startsWith("The agreement has no collaboration forum at the professional level. Add a forum at the "
                        + "professional level");
    }

    @Test
    void aProgrammeAndItsTermAreNamedFromTheCodeListInTheLanguageOfTheMessage() {
        // Without a name of its own, the programme is named as the code list names it.
        String yaml = replace("    name: Bachelor i sykepleie\n", "")
                .replaceFirst("      teacherPresence: >-\n(        .*\n){2}", "");
        assertThat(only("RETHOS-SYKEPLEIER-AGREEMENT-TERMS", "nb", yaml).message()).startsWith(
                "Avtalen omfatter «Bachelor i sykepleie», men har ikke avtalepunktet «Lærers veiledning og "
                        + "tilstedeværelse» (teacherPresence).");
        assertThat(only("RETHOS-SYKEPLEIER-AGREEMENT-TERMS", "nn", yaml).message()).startsWith(
                "Avtalen omfattar «Bachelor i sjukepleie», men har ikkje avtalepunktet «Lærarens rettleiing og "
                        + "nærvær» (teacherPresence).");
        assertThat(only("RETHOS-SYKEPLEIER-AGREEMENT-TERMS", "en", yaml).message()).startsWith(
                "The agreement covers “Bachelor's programme in nursing” but lacks the clause “Practice teacher's "
                        + "supervision and presence” (teacherPresence).");
    }

    @Test
    void aProgrammeNamedInTheAgreementKeepsItsName() {
        String yaml = complete.replaceFirst("      teacherPresence: >-\n(        .*\n){2}", "");
        assertThat(yaml).isNotEqualTo(complete);
        assertThat(only("RETHOS-SYKEPLEIER-AGREEMENT-TERMS", "en", yaml).message())
                .startsWith("The agreement covers “Bachelor i sykepleie” but lacks");
    }

    @Test
    void aMissingFieldIsNamedWithItsTitleAndDescriptionInNynorsk() {
        String yaml = replace("  reviewCycle: annual\n", "");
        assertThat(only("SCHEMA-REQUIRED", "nb", yaml).message()).isEqualTo("Feltet «reviewCycle» (Gjennomgang av "
                + "avtalen) mangler i «term». Legg det til. Hvor ofte partene gjennomgår avtalen: «annual» (hvert år), "
                + "«biennial» (annethvert år) eller «per-term» (hvert semester).");
        assertThat(only("SCHEMA-REQUIRED", "nn", yaml).message()).isEqualTo("Feltet «reviewCycle» (Gjennomgang av "
                + "avtalen) manglar i «term». Legg det til. Kor ofte partane går gjennom avtalen: «annual» (kvart år), "
                + "«biennial» (annakvart år) eller «per-term» (kvart semester).");
        String municipality = replace("    municipalityNumber: \"3201\"\n", "");
        assertThat(only("SCHEMA-REQUIRED", "nn", municipality).message()).startsWith(
                "Feltet «municipalityNumber» (Kommunenummer) manglar i «parties.municipalities[1]». Legg det til. "
                        + "Det firesifra kommunenummeret til kommunen");
    }

    @Test
    void aValueOfTheWrongFormIsExplainedWithTheDescriptionInNynorsk() {
        String yaml = complete + "\nwaivers:\n  - rule: REPORT-2.1-CAPACITY\n    pointer: sites\n"
                + "    reason: Prøveordning\n    approvedBy: Kari Nordmann, rektor\n";
        assertThat(only("SCHEMA-PATTERN", "nb", yaml).message()).contains("JSON-peker (JSON Pointer)");
        assertThat(only("SCHEMA-PATTERN", "nn", yaml).message())
                .isEqualTo("«sites» i «pointer» har ikkje rett form. JSON-peikar (JSON Pointer) som avgrensar "
                        + "unntaket til éin stad i avtalen, til dømes «/sites/0». Peikaren byrjar med «/». Blir utelaten "
                        + "når unntaket gjeld heile avtalen.");
    }

    /** The pointer of every title and description of the schema but the programme terms' (from the code list). */
    private static List<String> translatedPointers(SchemaNavigator navigator) {
        return navigator.annotationPointers().stream()
                .filter(p -> !p.startsWith("/$defs/programmeTerms/properties/")).toList();
    }

    /** Every title and description of the schema has its nynorsk, and no nynorsk is kept for one that is gone. */
    @Test
    void everyTitleAndDescriptionOfTheSchemaIsInNynorsk() {
        SchemaNavigator navigator = new SchemaNavigator(AgreementSchema.load());
        Map<String, String> kept = new TreeMap<>(SchemaNavigator.nynorsk());
        assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(translatedPointers(navigator));
        assertThat(kept.values()).allSatisfy(text -> assertThat(text).isNotBlank()
                .doesNotContain(" ikke ", " hvor ", "Hvor ", " eller flere ", " mer enn ", " fra "));
    }

    /**
     * Likewise in English: every title and description has its English, none is kept for one that is
     * gone, and none is the bokmål left as it was. The literal values a text quotes (“Bærum kommune”,
     * “lindelia-sykehjem”) stay as written; outside them the text is English and quotes as English does.
     */
    @Test
    void everyTitleAndDescriptionOfTheSchemaIsInEnglish() {
        JsonNode schema = AgreementSchema.load();
        SchemaNavigator navigator = new SchemaNavigator(schema);
        Map<String, String> kept = new TreeMap<>(SchemaNavigator.english());
        assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(translatedPointers(navigator));
        assertThat(kept).allSatisfy((pointer, text) -> {
            assertThat(text).as(pointer).isNotBlank().isNotEqualTo(schema.at(pointer).asString());
            assertThat(text.replaceAll("“[^”]*”", "")).as(pointer)
                    .doesNotContain("«", "»", " ikke ", " eller ", " hvor ", "Hvor ", " som ", " skal ");
        });
        assertThat(navigator.titleText(navigator.at("/term/reviewCycle")).in("en")).isEqualTo("Review of the agreement");
        assertThat(navigator.descriptionText(navigator.at("/waivers/0/pointer")).in("en"))
                .startsWith("JSON Pointer that limits the waiver to one place in the agreement");
    }

    /**
     * The names of the fixed values the schema words itself (review cycles, levels, frequencies) are
     * kept in nynorsk and English, the page's choices; those of programmes and service areas come from
     * the code lists, in every language.
     */
    @Test
    void everyNameOfAFixedValueIsInNynorskAndEnglish() {
        JsonNode schema = AgreementSchema.load();
        SchemaNavigator navigator = new SchemaNavigator(schema);
        for (String language : List.of("nn", "en")) {
            Map<String, String> kept = SchemaNavigator.enumNames(language);
            assertThat(kept.keySet()).as(language).containsExactlyInAnyOrderElementsOf(navigator.enumNamePointers());
            assertThat(kept.values()).as(language).allSatisfy(name -> assertThat(name).isNotBlank());
        }
        // Only the names of the languages themselves read the same in English.
        assertThat(SchemaNavigator.enumNames("en")).allSatisfy((pointer, name) -> {
            if (!pointer.startsWith("/properties/language/")) {
                assertThat(name).as(pointer).isNotEqualTo(schema.at(pointer).asString());
            }
        });
        JsonNode english = navigator.annotated("en");
        assertThat(english.at("/properties/term/properties/reviewCycle/enumDescriptions/0").asString()).isEqualTo("Every year");
        assertThat(english.at("/properties/language/enumDescriptions/2").asString()).isEqualTo("English");
        int nursing = -1;
        for (int i = 0; i < english.at("/$defs/programmeCode/enum").size(); i++) {
            if ("sykepleier".equals(english.at("/$defs/programmeCode/enum/" + i).asString())) {
                nursing = i;
            }
        }
        assertThat(english.at("/$defs/programmeCode/enumDescriptions/" + nursing).asString())
                .isEqualTo(no.praksis.schema.CodeLists.standard().programme("sykepleier").orElseThrow().names().en());
        // The bokmål schema is left as it is.
        assertThat(navigator.annotated("nb").at("/properties/term/properties/reviewCycle/enumDescriptions/0").asString())
                .isEqualTo("Hvert år");
    }
}
