package org.plaincaptions.plain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.plaincaptions.plain.GlossaryEntry.Mode;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;
import org.plaincaptions.plain.GlossaryEntry.Place;

/**
 * The built-in glossary as the Maven build compiles it (docs/decisions/0016): its rows already read and
 * checked, the warnings reading them gave, and every form of every term in both spellings, so a fresh
 * JVM neither parses the CSV files nor generates forms. Written in {@code process-classes} by
 * {@link #main}; read by {@link Glossary#builtIn()}. It carries a checksum of the files it was made from
 * (the glossary files, the irregular verbs and the spelling list): when they have changed since, it is
 * not used and the files are read as before, so the result is always what reading them gives.
 */
final class CompiledGlossary {
    static final String RESOURCE = "built-in-glossary.bin";
    private static final int MAGIC = 0x474C4F31; // "GLO1"
    private static final Spelling[] SPELLINGS = Spelling.values();

    private CompiledGlossary() {
    }

    /** Build-time tool: {@code CompiledGlossary <output file>}, with the glossary resources on the class path. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledGlossary <output file>");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, compile());
    }

    /** The compiled form of the built-in glossary as its files read now. */
    static byte[] compile() throws IOException {
        List<String> warnings = new ArrayList<>();
        Glossary glossary = Glossary.readBuiltInFiles(warnings::add);
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        ints.add(warnings.size());
        for (String w : warnings) {
            ints.add(intern(w, index, strings));
        }
        List<GlossaryEntry> entries = glossary.entries();
        ints.add(entries.size());
        for (GlossaryEntry e : entries) {
            for (String s : new String[] {e.term(), e.plain(), e.note(), e.source(), e.origin(), e.plural()}) {
                ints.add(intern(s, index, strings));
            }
            ints.add(e.pos().ordinal());
            ints.add(e.mode().ordinal());
            ints.add(e.place().ordinal());
        }
        for (Spelling spelling : SPELLINGS) {
            List<List<TermForms.Form>> all = new ArrayList<>();
            for (GlossaryEntry e : entries) {
                all.add(TermForms.of(e, spelling));
            }
            for (List<TermForms.Form> forms : all) {
                ints.add(forms.size());
                for (TermForms.Form f : forms) {
                    ints.add(intern(f.term(), index, strings));
                    ints.add(intern(f.plain(), index, strings));
                    ints.add(f.plainAfterAuxiliary() == null ? -1 : intern(f.plainAfterAuxiliary(), index, strings));
                    ints.add((f.written() ? 1 : 0) | (f.plural() ? 2 : 0) | (f.explainOnly() ? 4 : 0));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[strings.size() + 1];
        for (int i = 0; i < strings.size(); i++) {
            text.append(strings.get(i));
            starts[i + 1] = text.length();
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeLong(checksum());
        out.writeInt(utf8.length);
        out.write(utf8);
        out.writeInt(starts.length);
        out.writeInt(ints.size());
        for (int start : starts) {
            out.writeInt(start);
        }
        for (int value : ints) {
            out.writeInt(value);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static int intern(String s, Map<String, Integer> index, List<String> strings) {
        return index.computeIfAbsent(s, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
    }

    /**
     * The built-in glossary from the compiled resource, its warnings reported to {@code warnings}; null when
     * there is none or it was made from other files than those on the class path now.
     */
    static Glossary read(Consumer<String> warnings) {
        byte[] bytes;
        try (InputStream in = CompiledGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || buffer.getInt() != MAGIC || buffer.getLong() != checksum()) {
            return null;
        }
        int utf8Length = buffer.getInt();
        String text = new String(bytes, buffer.position(), utf8Length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + utf8Length);
        int[] starts = new int[buffer.getInt()];
        int[] ints = new int[buffer.getInt()];
        buffer.asIntBuffer().get(starts);
        buffer.position(buffer.position() + 4 * starts.length);
        buffer.asIntBuffer().get(ints);
        String[] strings = new String[starts.length - 1];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = text.substring(starts[i], starts[i + 1]);
        }
        int at = 0;
        int warningCount = ints[at++];
        List<String> warningList = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            warningList.add(strings[ints[at++]]);
        }
        PartOfSpeech[] partsOfSpeech = PartOfSpeech.values();
        Mode[] modes = Mode.values();
        Place[] places = Place.values();
        GlossaryEntry[] entries = new GlossaryEntry[ints[at++]];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new GlossaryEntry(strings[ints[at]], strings[ints[at + 1]], partsOfSpeech[ints[at + 6]],
                    modes[ints[at + 7]], strings[ints[at + 2]], strings[ints[at + 3]], strings[ints[at + 4]],
                    places[ints[at + 8]], strings[ints[at + 5]]);
            at += 9;
        }
        List<List<List<TermForms.Form>>> forms = new ArrayList<>(SPELLINGS.length);
        for (int s = 0; s < SPELLINGS.length; s++) {
            List<List<TermForms.Form>> bySpelling = new ArrayList<>(entries.length);
            for (int i = 0; i < entries.length; i++) {
                TermForms.Form[] ofEntry = new TermForms.Form[ints[at++]];
                for (int f = 0; f < ofEntry.length; f++) {
                    int flags = ints[at + 3];
                    ofEntry[f] = new TermForms.Form(strings[ints[at]], strings[ints[at + 1]],
                            ints[at + 2] < 0 ? null : strings[ints[at + 2]], (flags & 1) != 0, (flags & 2) != 0,
                            (flags & 4) != 0);
                    at += 4;
                }
                bySpelling.add(List.of(ofEntry));
            }
            forms.add(bySpelling);
        }
        warningList.forEach(warnings);
        return new Glossary(Glossary.DEFAULT_NAME, List.of(entries), forms);
    }

    /** A checksum of every file the compiled glossary is made from, as the class path has them now. */
    static long checksum() {
        CRC32 crc = new CRC32();
        List<String> resources = new ArrayList<>(List.of(Glossary.DEFAULT_NAME, Glossary.INDEX_DIR + "index.txt",
                "irregular-verbs.txt", "spelling-variants.csv"));
        for (String file : Glossary.builtInFiles()) {
            resources.add(Glossary.INDEX_DIR + file);
        }
        for (String resource : resources) {
            try (InputStream in = CompiledGlossary.class.getResourceAsStream(resource)) {
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                crc.update(resource.getBytes(StandardCharsets.UTF_8));
                crc.update(bytes.length);
                crc.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return crc.getValue();
    }
}
