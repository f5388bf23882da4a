import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes the winners of a KT Event Marketing draw from what the platform published, with nothing
 * but a JDK (17 or later):
 *
 * <pre>
 * java Verify.java SEED_COMMITMENT MASTER_SEED DRAW_NUMBER ENTRY_LIST_HASH WINNER_COUNT entries.csv
 * </pre>
 *
 * SEED_COMMITMENT was on the public event page before the first entry; MASTER_SEED, DRAW_NUMBER,
 * ENTRY_LIST_HASH and WINNER_COUNT are in the published draw result ({@code /api/v1/public/events/{id}/winners});
 * entries.csv is {@code /api/v1/public/events/{id}/draws/{n}/entries.csv}. See
 * docs/participation-draw-verification.md. Exit status 0 when both checks pass.
 */
public class Verify {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println(
                    "usage: java Verify.java SEED_COMMITMENT MASTER_SEED DRAW_NUMBER ENTRY_LIST_HASH WINNER_COUNT entries.csv");
            System.exit(2);
        }
        String commitment = args[0].toLowerCase();
        byte[] masterSeed = HexFormat.of().parseHex(args[1]);
        int drawNumber = Integer.parseInt(args[2]);
        String entryListHash = args[3].toLowerCase();
        int winnerCount = Integer.parseInt(args[4]);
        byte[] entryList = Files.readAllBytes(Path.of(args[5]));

        // 1. the revealed master seed is the one committed to before any entry existed
        boolean seedOk = hex(MessageDigest.getInstance("SHA-256").digest(masterSeed)).equals(commitment);
        System.out.println("seed commitment   " + (seedOk ? "OK" : "MISMATCH"));

        // 2. the entry list is the one the draw fixed
        boolean listOk = hex(MessageDigest.getInstance("SHA-256").digest(entryList)).equals(entryListHash);
        System.out.println("entry list hash   " + (listOk ? "OK" : "MISMATCH"));

        // 3. this draw's seed: HMAC-SHA256(masterSeed, "draw:" + drawNumber)
        byte[] drawSeed = hmac(masterSeed, ("draw:" + drawNumber).getBytes(StandardCharsets.UTF_8));
        System.out.println("draw seed         " + hex(drawSeed));

        // 4. every entry's key: u from HMAC-SHA256(drawSeed, entryNumber), key = ln(u) / weight; largest keys win
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(drawSeed, "HmacSHA256"));
        List<double[]> keyed = new ArrayList<>();
        for (String line : new String(entryList, StandardCharsets.US_ASCII).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            long entryNumber = Long.parseLong(cells[0].strip());
            int weight = Integer.parseInt(cells[1].strip());
            byte[] h = mac.doFinal(Long.toString(entryNumber).getBytes(StandardCharsets.US_ASCII));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (h[i] & 0xFF);
            }
            double u = ((bits >>> 11) + 0.5) / 0x1p53; // top 53 bits, uniform in (0, 1), no modulo
            keyed.add(new double[] {Math.log(u) / weight, entryNumber, weight});
        }
        keyed.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        System.out.println("winners (rank entryNumber weight key)");
        for (int rank = 1; rank <= Math.min(winnerCount, keyed.size()); rank++) {
            double[] w = keyed.get(rank - 1);
            System.out.printf("%d %d %d %.17g%n", rank, (long) w[1], (int) w[2], w[0]);
        }
        System.exit(seedOk && listOk ? 0 : 1);
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
