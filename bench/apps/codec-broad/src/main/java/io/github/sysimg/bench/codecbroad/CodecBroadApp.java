package io.github.sysimg.bench.codecbroad;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.commons.codec.StringEncoder;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.binary.Base64;
import org.apache.commons.codec.binary.Base64OutputStream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.apache.commons.codec.digest.XXHash32;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.net.QuotedPrintableCodec;
import org.apache.commons.codec.net.URLCodec;

/**
 * A file-fingerprint and name-matching tool: hashes a large payload with several digests, HMAC and fast
 * hashes, streams it through Base64, crypts passwords, encodes values for URLs and mail, and groups names by
 * phonetic encoders chosen by class name at run time, printing sizes in several locales.
 */
public final class CodecBroadApp {

    private static final String[] ENCODERS = {"Soundex", "RefinedSoundex", "Metaphone", "DoubleMetaphone", "ColognePhonetic", "Nysiis",
        "Caverphone2", "MatchRatingApproachEncoder"};
    private static final String[] NAMES = {"Schmidt", "Smith", "Smyth", "Schmitt", "Meyer", "Maier", "Mayer", "Müller", "Mueller", "Miller",
        "Johnson", "Jonson", "Jansen", "Katherine", "Catherine", "Kathryn", "Thompson", "Thomson", "Tomson", "Ashcraft"};

    private CodecBroadApp() {
    }

    public static void main(String[] args) throws Exception {
        byte[] data = new byte[2 * 1024 * 1024];
        new Random(1).nextBytes(data);
        digests(data);
        encodings(data);
        phonetics();
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("ar-EG")}) {
            System.out.println(locale.toLanguageTag() + ": " + NumberFormat.getIntegerInstance(locale).format(data.length) + " bytes, "
                    + NumberFormat.getPercentInstance(locale).format(0.375));
        }
    }

    private static void digests(byte[] data) {
        System.out.println("md5 " + DigestUtils.md5Hex(data));
        System.out.println("sha1 " + DigestUtils.sha1Hex(data));
        System.out.println("sha256 " + DigestUtils.sha256Hex(data));
        System.out.println("sha512 " + DigestUtils.sha512Hex(data));
        System.out.println("sha3-256 " + new DigestUtils(MessageDigestAlgorithms.SHA3_256).digestAsHex(data));
        System.out.println("hmac-sha256 " + new HmacUtils(HmacAlgorithms.HMAC_SHA_256, "secret key").hmacHex(data));
        long[] murmur = MurmurHash3.hash128x64(data);
        System.out.println("murmur3 " + Long.toHexString(murmur[0]) + Long.toHexString(murmur[1]));
        XXHash32 xx = new XXHash32();
        xx.update(data, 0, data.length);
        System.out.println("xxhash32 " + Long.toHexString(xx.getValue()));
    }

    private static void encodings(byte[] data) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = new Base64OutputStream(sink, true, 76, "\r\n".getBytes(StandardCharsets.US_ASCII))) {
            for (int off = 0; off < data.length; off += 8192) {
                out.write(data, off, Math.min(8192, data.length - off));
            }
        }
        byte[] decoded = Base64.decodeBase64(sink.toByteArray());
        System.out.println("base64 stream " + sink.size() + " bytes, round trip " + Arrays.equals(decoded, data));
        System.out.println("base32 " + new Base32().encodeAsString(Arrays.copyOf(data, 20)));
        System.out.println("hex " + Hex.encodeHexString(Arrays.copyOf(data, 16)));
        System.out.println("md5crypt " + Md5Crypt.md5Crypt("correct horse".getBytes(StandardCharsets.UTF_8), "$1$saltsalt"));
        System.out.println("sha512crypt " + Sha2Crypt.sha512Crypt("correct horse".getBytes(StandardCharsets.UTF_8), "$6$rounds=5000$saltsalt"));
        String query = "name=Zoë Müller&city=Zürich & co";
        String url = new URLCodec().encode(query);
        System.out.println("url " + url + " -> " + new URLCodec().decode(url).equals(query));
        System.out.println("quoted-printable " + new QuotedPrintableCodec(true).encode("Grüße aus Köln, " + "x".repeat(80)));
    }

    private static void phonetics() throws Exception {
        for (String name : ENCODERS) {
            StringEncoder encoder = (StringEncoder) Class.forName("org.apache.commons.codec.language." + name).getConstructor().newInstance();
            Map<String, StringBuilder> groups = new TreeMap<>();
            for (String n : NAMES) {
                try {
                    groups.computeIfAbsent(encoder.encode(n), k -> new StringBuilder()).append(n).append(' ');
                } catch (Exception e) {
                    groups.computeIfAbsent("?", k -> new StringBuilder()).append(n).append(' ');
                }
            }
            System.out.println(name + ": " + groups.size() + " groups, " + groups.entrySet().iterator().next());
        }
        BeiderMorseEncoder bm = new BeiderMorseEncoder();
        for (String n : Arrays.copyOf(NAMES, 6)) {
            System.out.println("beider-morse " + n + ": " + bm.encode(n).split("\\|").length + " variants");
        }
    }
}
