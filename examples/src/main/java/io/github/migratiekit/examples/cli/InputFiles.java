package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files named by options ({@code --population}, {@code --case}, …) with limits: a file larger than the
 * limit, a line longer than the limit, a NUL byte or bytes that are not UTF-8 are refused with one line naming the
 * option and the file, before anything is computed. An endless input such as {@code /dev/zero} is refused after at
 * most the limit has been read. A UTF-8 byte-order mark, as spreadsheet programs write it, is dropped.
 */
final class InputFiles {
    private InputFiles() {}

    /**
     * Limits for one kind of input file.
     *
     * @param maxBytes the largest file, in bytes
     * @param maxLineBytes the longest line, in bytes
     */
    record Limits(long maxBytes, long maxLineBytes) {}

    /** CSV tables (population, weights, realisations): 16 MiB, lines of up to 16 KiB. */
    static final Limits CSV = new Limits(16L << 20, 16L << 10);

    /** JSON documents (cases, events): 64 MiB, any line length (JSON is often written on one line). */
    static final Limits JSON = new Limits(64L << 20, 64L << 20);

    private static final int CHUNK = 64 << 10;

    /**
     * Reads a text file.
     *
     * @param option the option that named the file
     * @param file the file name as typed
     * @param limits the limits
     * @return the text, without a leading byte-order mark
     * @throws OptionException naming the option and the file if it cannot be read or breaks a limit
     */
    static String text(String option, String file, Limits limits) {
        Path path = path(option, file);
        if (Files.isDirectory(path)) {
            throw new OptionException(option, file, "is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = readLimited(option, file, in, limits);
        } catch (IOException e) {
            throw new OptionException(option, file, "cannot read: " + ioProblem(e), e);
        }
        String text = decode(option, file, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a JSON file into a value.
     *
     * @param option the option that named the file
     * @param file the file name as typed
     * @param type the type to read
     * @param what what the file should hold, for messages, e.g. "a Dublin case object"
     * @param <T> the type
     * @return the value, never {@code null}
     * @throws OptionException naming the option and the file if it cannot be read, is empty, holds JSON {@code null}
     *     or does not describe a valid value
     */
    static <T> T json(String option, String file, Class<T> type, String what) {
        String text = text(option, file, JSON);
        if (text.isBlank()) {
            throw new OptionException(option, file, "the file is empty; expected " + what);
        }
        @Nullable T value;
        try {
            value = Json.read(text, type);
        } catch (RuntimeException e) {
            throw Cli.blame(option, file, e, true);
        }
        if (value == null) {
            throw new OptionException(option, file, JsonErrors.nullDocument(what));
        }
        return value;
    }

    /**
     * Parses a file name.
     *
     * @param option the option
     * @param file the name as typed
     * @return the path
     * @throws OptionException if the name is empty or not a valid file name
     */
    static Path path(String option, String file) {
        if (file.isEmpty()) {
            throw new OptionException(option, file, "no file name given");
        }
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new OptionException(option, file, "not a valid file name", e);
        }
    }

    private static byte[] readLimited(String option, String file, InputStream in, Limits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        long line = 1;
        long lineBytes = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '\n') {
                    line++;
                    lineBytes = 0;
                } else if (++lineBytes > limits.maxLineBytes()) {
                    throw new OptionException(
                            option, file, "line " + line + " is longer than " + size(limits.maxLineBytes()));
                }
                if (b == 0) {
                    throw new OptionException(
                            option, file, "byte " + (total + i + 1) + " is a NUL byte: not a text file");
                }
            }
            total += n;
            if (total > limits.maxBytes()) {
                throw new OptionException(option, file, "larger than " + size(limits.maxBytes()) + ", the limit");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static String decode(String option, String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new OptionException(
                    option,
                    file,
                    "not UTF-8 text: byte " + (in.position() + 1) + " does not fit; save the file as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /**
     * Describes a file system failure in plain words (the operating system's reason, never a class name).
     *
     * @param e the failure
     * @return the reason, e.g. "no such file or directory"
     */
    static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : Cli.plain(lowerFirst(m));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
