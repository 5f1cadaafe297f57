package org.ecokiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * manifest.json as it lies on the origin: the payload is kept as a JSON string and the Ed25519
 * signature covers exactly its UTF-8 bytes, so no re-serialisation can change what was signed
 * and one file carries both (one atomic rename publishes them together). Readable with
 * {@code jq -r .signed manifest.json | jq}.
 *
 * <pre>{ "signed": "{\"format\":1,...}", "signature": "base64", "key": "fingerprint" }</pre>
 */
public final class SignedManifest {
    private SignedManifest() {
    }

    public static String sign(Manifest manifest, PrivateKey key) {
        String payload = ManifestJson.write(manifest);
        byte[] signature;
        try {
            Signature s = Signature.getInstance(FleetKeys.ALGORITHM);
            s.initSign(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            signature = s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        ObjectNode root = ManifestJson.MAPPER.createObjectNode();
        root.put("signed", payload);
        root.put("signature", Base64.getEncoder().encodeToString(signature));
        try {
            return ManifestJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    /** The manifest, if and only if {@code key} signed exactly this payload. */
    public static Manifest verify(String text, PublicKey key) throws FleetException {
        JsonNode root;
        try {
            root = ManifestJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FleetException("the manifest is not valid JSON (damaged or not a manifest)");
        }
        if (root == null || !root.path("signed").isTextual() || !root.path("signature").isTextual()) {
            throw new FleetException("the manifest is unsigned (it needs 'signed' and 'signature'); refused");
        }
        String payload = root.get("signed").asText();
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(root.get("signature").asText());
        } catch (IllegalArgumentException e) {
            throw new FleetException("the manifest's signature is not base64; refused");
        }
        boolean valid;
        try {
            Signature s = Signature.getInstance(FleetKeys.ALGORITHM);
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            valid = s.verify(signature);
        } catch (java.security.SignatureException e) {
            valid = false;
        } catch (GeneralSecurityException e) {
            throw new FleetException("the public key cannot check Ed25519 signatures");
        }
        if (!valid) {
            throw new FleetException("the manifest's signature does not match the office's public key (key "
                    + FleetKeys.fingerprint(key) + "): it was changed after signing or signed with another key;"
                    + " refused");
        }
        return ManifestJson.read(payload);
    }
}
