package no.praksis.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of varied synthetic agreements for bench/run, deterministic by seed:
 * {@code CorpusGenerator OUT COUNT [SEED [INVALID_PERCENT]]}. The files go into folders of a thousand
 * under OUT; OUT/manifest.tsv lists each with its shape and the rule its defect must trigger, so
 * that a sample can be checked against the real command line.
 *
 * <p>The mix: seven in ten in nb, the rest nn; half with one municipality, a quarter with two, the
 * rest three to twelve; half with the example's three sites, a third with six to twelve, the rest
 * thirty to ninety; the invalid ones (20 % by default) spread evenly over the kinds of {@link Defect}.
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT COUNT [SEED [INVALID_PERCENT]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 17;
        int invalidPercent = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        write(out, count, seed, invalidPercent);
    }

    static void write(Path out, int count, long seed, int invalidPercent) throws IOException {
        AgreementGenerator generator = new AgreementGenerator();
        Random random = new Random(seed);
        Files.createDirectories(out);
        try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            manifest.write("file\tlanguage\tmunicipalities\tsites\tdefect\texpected\n");
            for (int i = 0; i < count; i++) {
                AgreementShape shape = shape(String.format("gen-%d-%05d", seed, i), random, invalidPercent);
                String name = String.format("batch-%02d/%05d-%s.yaml", i / 1000, i, shape.language());
                Path file = out.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, generator.generate(shape, random.nextLong()), StandardCharsets.UTF_8);
                manifest.write(String.join("\t", name, shape.language(), String.valueOf(shape.municipalities()),
                        String.valueOf(shape.sites()), shape.defect().name(),
                        shape.defect().ruleId() == null ? "-" : shape.defect().ruleId()) + "\n");
            }
        }
    }

    private static AgreementShape shape(String id, Random random, int invalidPercent) {
        String language = random.nextInt(10) < 7 ? "nb" : "nn";
        int roll = random.nextInt(4);
        int municipalities = roll < 2 ? 1 : roll == 2 ? 2 : 3 + random.nextInt(10);
        int size = random.nextInt(6);
        int groups = size < 3 ? 1 : size < 5 ? 2 + random.nextInt(3) : 10 + random.nextInt(21);
        List<Defect> errors = Defect.errors();
        Defect defect = random.nextInt(100) < invalidPercent ? errors.get(random.nextInt(errors.size())) : Defect.NONE;
        return new AgreementShape(id, language, municipalities, groups, defect);
    }
}
