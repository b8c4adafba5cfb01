package io.github.sysimg.bench.codecnarrow;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.binary.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/** Encodes a token and fingerprints it: Base64 and DigestUtils. */
public final class CodecNarrowApp {

    private CodecNarrowApp() {
    }

    public static void main(String[] args) {
        String token = "user=ada;role=admin;expires=2030-01-01";
        String encoded = Base64.encodeBase64URLSafeString(token.getBytes(StandardCharsets.UTF_8));
        System.out.println("token: " + encoded);
        System.out.println("decoded: " + new String(Base64.decodeBase64(encoded), StandardCharsets.UTF_8));
        System.out.println("sha256: " + DigestUtils.sha256Hex(token));
    }
}
