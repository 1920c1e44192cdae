package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the documentation lives: set at build time, or at run time with PRAKSIS_DOCS_URL. */
class VersionsTest {

    @Test
    void theDocumentationAddressSetAtRunTimeReplacesTheBuiltOne() {
        String built = Versions.documentation(null);
        assertThat(built).startsWith("https://").doesNotEndWith("/");
        assertThat(Versions.documentation("")).isEqualTo(built);
        assertThat(Versions.documentation("  ")).isEqualTo(built);
        assertThat(Versions.documentation(" https://intranett.example/praksis/docs/ "))
                .isEqualTo("https://intranett.example/praksis/docs");
        assertThat(Versions.documentation("http://localhost:8080/docs")).isEqualTo("http://localhost:8080/docs");
    }

    @Test
    void aDocumentationAddressThatIsNoWebAddressIsRefused() {
        for (String wrong : List.of("intranett.example/docs", "/srv/docs", "ftp://intranett.example/docs",
                "javascript:alert(1)", "https://intranett.example/docs?side=1", "https://intranett.example/docs#regler",
                "https:///docs", "https://intranett example/docs")) {
            assertThatThrownBy(() -> Versions.documentation(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRAKSIS_DOCS_URL");
        }
    }
}
