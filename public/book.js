// The patient pages' only script: they ship none of the staff application's WebAssembly.
// Every page works without it; with it:
// - each form's proof-of-work is solved in the background (inputs marked `data-proof-of`), so
//   the server need not ask for a few seconds' wait instead;
// - a note says when the device's time zone is not the clinic's (`data-clinic-zone`);
// - a form cannot be sent twice while its first answer is on its way.
// The texts shown come from the page (server-rendered), never from here.
"use strict";

(function () {
  // SHA-256 (FIPS 180-4), on the short ASCII strings of the proof-of-work.
  const ROUND = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  const START = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const schedule = new Uint32Array(64);
  const rotate = (x, n) => (x >>> n) | (x << (32 - n));

  /** The digest of an ASCII string, as eight 32-bit words. */
  function sha256(text) {
    const length = text.length;
    const blocks = ((length + 8) >> 6) + 1;
    const words = new Uint32Array(blocks * 16);
    for (let i = 0; i < length; i++) words[i >> 2] |= text.charCodeAt(i) << (24 - (i % 4) * 8);
    words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
    words[blocks * 16 - 1] = length * 8;
    const hash = START.slice();
    for (let block = 0; block < blocks; block++) {
      for (let t = 0; t < 16; t++) schedule[t] = words[block * 16 + t];
      for (let t = 16; t < 64; t++) {
        const x = schedule[t - 15];
        const y = schedule[t - 2];
        const s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >>> 3);
        const s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >>> 10);
        schedule[t] = schedule[t - 16] + s0 + schedule[t - 7] + s1;
      }
      let [a, b, c, d, e, f, g, h] = hash;
      for (let t = 0; t < 64; t++) {
        const t1 = h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + ROUND[t] + schedule[t];
        const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      const next = [a, b, c, d, e, f, g, h];
      for (let i = 0; i < 8; i++) hash[i] = (hash[i] + next[i]) | 0;
    }
    return hash;
  }

  function leadingZeroBits(words) {
    let bits = 0;
    for (const word of words) {
      const zeros = Math.clz32(word);
      bits += zeros;
      if (zeros < 32) break;
    }
    return bits;
  }

  // The proof-of-work: the first decimal nonce whose SHA-256 of "challenge:nonce" starts with
  // `bits` zero bits (about 32,000 tries for 15 bits). Solved in slices so the page stays
  // responsive; a form sent before it is done finishes the work at once.
  const puzzles = new Map();

  function puzzle(challenge, bits) {
    const id = `${challenge}/${bits}`;
    if (!puzzles.has(id)) puzzles.set(id, { challenge, bits, next: 0, answer: null, inputs: [] });
    return puzzles.get(id);
  }

  function work(p, tries) {
    for (let i = 0; i < tries && p.answer === null; i++, p.next++) {
      if (leadingZeroBits(sha256(`${p.challenge}:${p.next}`)) >= p.bits) p.answer = String(p.next);
    }
    if (p.answer !== null) for (const input of p.inputs) input.value = p.answer;
    return p.answer !== null;
  }

  function solveInBackground(p) {
    if (!work(p, 2000)) setTimeout(() => solveInBackground(p), 0);
  }

  function setUpProofs() {
    for (const input of document.querySelectorAll("input[data-proof-of]")) {
      const bits = Number(input.dataset.proofBits);
      if (!input.dataset.proofOf || !(bits > 0 && bits <= 32)) continue;
      const p = puzzle(input.dataset.proofOf, bits);
      p.inputs.push(input);
      if (input.form) input.form.proofPuzzle = p;
    }
    for (const p of puzzles.values()) solveInBackground(p);
  }

  function setUpZoneNote() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const note of document.querySelectorAll("[data-clinic-zone][data-device-note]")) {
      if (!zone || zone === note.dataset.clinicZone) continue;
      note.textContent = note.dataset.deviceNote.replace("{zone}", zone);
      note.hidden = false;
    }
  }

  function setUpForms() {
    document.addEventListener("submit", (event) => {
      const form = event.target;
      if (form.dataset.sending === "true") {
        event.preventDefault();
        return;
      }
      if (form.proofPuzzle) work(form.proofPuzzle, Infinity);
      form.dataset.sending = "true";
      const button = event.submitter;
      if (button) button.setAttribute("aria-busy", "true");
    });
    // A page brought back with the back button may be sent again.
    window.addEventListener("pageshow", () => {
      for (const form of document.querySelectorAll("form[data-sending]")) delete form.dataset.sending;
      for (const button of document.querySelectorAll("[aria-busy]")) button.removeAttribute("aria-busy");
    });
  }

  setUpProofs();
  setUpZoneNote();
  setUpForms();
  // Tells tests (and anyone debugging) that the script has done its setting up.
  document.documentElement.dataset.enhanced = "true";
})();
