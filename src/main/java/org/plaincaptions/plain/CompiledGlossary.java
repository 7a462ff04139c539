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
 * checked, the warnings reading them gave, every form of every term and the lexicon's content in both
 * spellings, so a fresh JVM neither parses the CSV files nor generates forms nor ranks them. Written in
 * {@code process-classes} by {@link #main}; read by {@link Glossary#builtIn()}. It carries a checksum of
 * the files it was made from (the glossary files, the irregular verbs and the spelling list): when they
 * have changed since, it is not used and the files are read as before, so the result is always what
 * reading them gives. Forms and lexicon content are decoded only when asked for.
 */
final class CompiledGlossary {
    static final String RESOURCE = "built-in-glossary.bin";
    private static final int MAGIC = 0x474C4F32; // "GLO2"
    private static final Spelling[] SPELLINGS = Spelling.values();

    private final String[] strings;
    private final int[] ints;
    private final List<GlossaryEntry> entries;
    /** Where each row's forms start in {@link #ints}, by spelling. */
    private final int[][] formsAt;
    /** Where the lexicon content starts in {@link #ints}, by spelling. */
    private final int[] contentAt;
    private final Lexicon.Content[] contents = new Lexicon.Content[SPELLINGS.length];

    private CompiledGlossary(String[] strings, int[] ints, List<GlossaryEntry> entries, int[][] formsAt, int[] contentAt) {
        this.strings = strings;
        this.ints = ints;
        this.entries = entries;
        this.formsAt = formsAt;
        this.contentAt = contentAt;
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
        Map<GlossaryEntry, Integer> rowOf = new java.util.IdentityHashMap<>();
        for (int r = 0; r < entries.size(); r++) {
            rowOf.put(entries.get(r), r);
        }
        for (Spelling spelling : SPELLINGS) {
            Lexicon.Content content = Lexicon.content(List.of(glossary), spelling);
            ints.add(content.keys().size());
            for (int f = 0; f < content.keys().size(); f++) {
                List<String> keys = content.keys().get(f);
                ints.add(keys.size());
                for (String key : keys) {
                    ints.add(intern(key, index, strings));
                }
                List<Lexicon.Sense> senses = content.senses().get(f).all();
                ints.add(senses.size());
                for (Lexicon.Sense sense : senses) {
                    ints.add(rowOf.get(sense.entry()));
                    ints.add(intern(sense.plain(), index, strings));
                    ints.add(sense.plainAfterAuxiliary() == null ? -1 : intern(sense.plainAfterAuxiliary(), index, strings));
                    ints.add(sense.mode().ordinal());
                    ints.add(sense.numberChange());
                    ints.add(sense.ambiguous() ? 1 : 0);
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
        return read(bytes, checksum(), warnings);
    }

    /** The glossary compiled in {@code bytes} if it was made from files with this checksum, else null. */
    static Glossary read(byte[] bytes, long filesChecksum, Consumer<String> warnings) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || buffer.getInt() != MAGIC || buffer.getLong() != filesChecksum) {
            return null;
        }
        try {
            return decode(bytes, buffer, warnings);
        } catch (RuntimeException e) {
            return null; // a damaged resource: the files are read instead
        }
    }

    private static Glossary decode(byte[] bytes, ByteBuffer buffer, Consumer<String> warnings) {
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
        int[][] formsAt = new int[SPELLINGS.length][entries.length];
        for (int s = 0; s < SPELLINGS.length; s++) {
            for (int i = 0; i < entries.length; i++) {
                formsAt[s][i] = at;
                at += 1 + 4 * ints[at];
            }
        }
        int[] contentAt = new int[SPELLINGS.length];
        for (int s = 0; s < SPELLINGS.length; s++) {
            contentAt[s] = at;
            int count = ints[at++];
            for (int f = 0; f < count; f++) {
                at += 1 + ints[at];
                at += 1 + 6 * ints[at];
            }
        }
        warningList.forEach(warnings);
        List<GlossaryEntry> rows = List.of(entries);
        return new Glossary(Glossary.DEFAULT_NAME, rows, new CompiledGlossary(strings, ints, rows, formsAt, contentAt));
    }

    /** Every form of row {@code row} in {@code spelling}, as {@link TermForms#of} gave them at build time. */
    List<TermForms.Form> forms(int row, Spelling spelling) {
        int at = formsAt[spelling.ordinal()][row];
        TermForms.Form[] forms = new TermForms.Form[ints[at++]];
        for (int f = 0; f < forms.length; f++) {
            int flags = ints[at + 3];
            forms[f] = new TermForms.Form(strings[ints[at]], strings[ints[at + 1]],
                    ints[at + 2] < 0 ? null : strings[ints[at + 2]], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
            at += 4;
        }
        return List.of(forms);
    }

    /** What {@link Lexicon#content} gave for this glossary alone in {@code spelling} at build time. */
    synchronized Lexicon.Content content(Spelling spelling) {
        Lexicon.Content content = contents[spelling.ordinal()];
        if (content == null) {
            content = decodeContent(contentAt[spelling.ordinal()]);
            contents[spelling.ordinal()] = content;
        }
        return content;
    }

    private Lexicon.Content decodeContent(int from) {
        int at = from;
        Mode[] modes = Mode.values();
        int count = ints[at++];
        List<List<String>> allKeys = new ArrayList<>(count);
        List<Lexicon.Senses> allSenses = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            String[] keys = new String[ints[at++]];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = strings[ints[at++]];
            }
            Lexicon.Sense[] senses = new Lexicon.Sense[ints[at++]];
            for (int k = 0; k < senses.length; k++) {
                senses[k] = new Lexicon.Sense(entries.get(ints[at]), strings[ints[at + 1]],
                        ints[at + 2] < 0 ? null : strings[ints[at + 2]], modes[ints[at + 3]], ints[at + 4], ints[at + 5] != 0);
                at += 6;
            }
            allKeys.add(List.of(keys));
            allSenses.add(new Lexicon.Senses(List.of(senses)));
        }
        return new Lexicon.Content(allKeys, allSenses, entries.size());
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
