package com.kt.eventmarketing.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The keys that encrypt personal data ({@code kt.crypto.*}), generated once into the data directory: in production
 * they come from Key Vault, in the embedded platform they must survive restarts as the data does. Every property of
 * the file is handed to the services as {@code --kt.crypto.<name>}, so a key can be rotated by adding
 * {@code keys.<id>} and changing {@code active-key-id}.
 */
final class PersonalDataKeys {

    static final String FILE = "personal-data-keys.properties";

    private PersonalDataKeys() {}

    static List<String> args(Path dataDir) {
        Path file = dataDir.resolve("secrets").resolve(FILE);
        if (!Files.exists(file)) {
            generate(file);
        }
        var keys = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            keys.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        var args = new ArrayList<String>();
        for (String name : new TreeSet<>(keys.stringPropertyNames())) {
            args.add("--kt.crypto." + name + "=" + keys.getProperty(name).strip());
        }
        return args;
    }

    private static void generate(Path file) {
        var random = new SecureRandom();
        String content = """
                # Keys of the personal data in this data directory (base64). Without them the stored phone numbers
                # cannot be read: back them up with the data, never share them.
                active-key-id=k1
                keys.k1=%s
                blind-index-key=%s
                """.formatted(randomKey(random), randomKey(random));
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                out.write(content);
            }
        } catch (FileAlreadyExistsException e) {
            // generated meanwhile by another start on the same directory
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
