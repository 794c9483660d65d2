import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { flipByte, parseSigningKey, signCombined } from "./signing";

// RFC 8032 §7.1 TEST 2: libsodium's crypto_sign is this Ed25519, its secret key the seed
// followed by the public key, and its combined output the signature followed by the message.
const SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
const PUBLIC = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
const SIGNATURE = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
const MESSAGE = "r"; // the vector's one-byte message, 0x72
const COMBINED = Buffer.from(SIGNATURE + "72", "hex").toString("base64");

describe("signing in libsodium combined mode", () => {
  it("a 64-byte libsodium secret key signs the RFC 8032 vector to signature ‖ message, in base64", () => {
    const key = parseSigningKey(Buffer.from(SEED + PUBLIC, "hex").toString("base64"));
    expect(signCombined(key, MESSAGE)).toBe(COMBINED);
    expect(key.verifyKey).toBe(Buffer.from(PUBLIC, "hex").toString("base64"));
  });

  it("the 32-byte seed alone and the same key as PKCS#8 PEM sign identically", () => {
    const fromSeed = parseSigningKey(`${Buffer.from(SEED, "hex").toString("base64")}\n`);
    expect(signCombined(fromSeed, MESSAGE)).toBe(COMBINED);
    const pem = fromSeed.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(signCombined(parseSigningKey(pem), MESSAGE)).toBe(COMBINED);
  });

  it("a JSON body signed in combined mode verifies with the public key over the bytes after the first 64", () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const key = parseSigningKey(privateKey.export({ format: "pem", type: "pkcs8" }).toString());
    const body = JSON.stringify({ "agent-id": "CR_AGENT", name: "Zoë Ünal" });
    const bytes = Buffer.from(signCombined(key, body), "base64");
    expect(bytes.subarray(64).toString("utf8")).toBe(body);
    expect(verify(null, bytes.subarray(64), createPublicKey(privateKey), bytes.subarray(0, 64))).toBe(true);
  });

  it("flipByte changes exactly one byte, in the signature or the message", () => {
    const signed = Buffer.from(flipByte(COMBINED, 10), "base64");
    const original = Buffer.from(COMBINED, "base64");
    expect([...signed].filter((b, i) => b !== original[i])).toHaveLength(1);
    expect(signed[10]).toBe(original[10]! ^ 1);
    expect(Buffer.from(flipByte(COMBINED, 64), "base64").subarray(64).toString()).toBe("s");
  });

  it.each([
    ["not a key at all", "neither a PEM private key nor base64"],
    [Buffer.alloc(16).toString("base64"), "the base64 key is 16 bytes"],
    [Buffer.from(SEED + SEED, "hex").toString("base64"), "last 32 bytes are not the public key of its first 32"],
    [generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString(), "the PEM key is ec, not Ed25519"],
    ["-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "the PEM key cannot be read"],
  ])("refuses %s, saying why", (text, message) => {
    expect(() => parseSigningKey(text)).toThrow(message);
  });
});
