-- Name search forgives one slip in a name word of 4 letters or more, and two in one of 8 or
-- more: a letter added, dropped or changed, or two neighbouring letters swapped ("Dubios" finds
-- Dubois, "Wislon" Wilson, "Garica" García; accents are already folded away in name words).
-- That is the optimal string alignment distance (Damerau-Levenshtein without repeated edits of
-- one stretch), checked exactly on the few dictionary words that the dropped-letter variants
-- below find.

-- How many slips a stored name word of this length forgives.
CREATE FUNCTION name_slips_forgiven(word text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN length(word) >= 8 THEN 2 WHEN length(word) >= 4 THEN 1 ELSE 0 END
$$;

-- The optimal string alignment distance between a and b. Declared costly, so that a query
-- calls it only on the rows its other conditions leave.
CREATE FUNCTION name_slips(a text, b text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
DECLARE
    la integer := length(a);
    lb integer := length(b);
    width integer := lb + 1;
    -- d[i][j] (0 <= i <= la, 0 <= j <= lb) is at d[i * width + j + 1].
    d integer[];
    cost integer;
    best integer;
BEGIN
    IF la = 0 THEN RETURN lb; END IF;
    IF lb = 0 THEN RETURN la; END IF;
    d := array_fill(0, ARRAY[(la + 1) * width]);
    FOR i IN 0..la LOOP d[i * width + 1] := i; END LOOP;
    FOR j IN 0..lb LOOP d[j + 1] := j; END LOOP;
    FOR i IN 1..la LOOP
        FOR j IN 1..lb LOOP
            cost := CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END;
            best := least(d[(i - 1) * width + j + 1] + 1,      -- a letter of a dropped
                          d[i * width + j] + 1,                -- a letter of b added
                          d[(i - 1) * width + j] + cost);      -- kept or changed
            IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1)
               AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
                best := least(best, d[(i - 2) * width + j - 1] + 1);  -- two swapped
            END IF;
            d[i * width + j + 1] := best;
        END LOOP;
    END LOOP;
    RETURN d[la * width + lb + 1];
END $$;

-- Finding the dictionary words a slip away without testing every word: two words within k
-- slips become the same string by dropping at most k letters from each (a swap or a changed
-- letter is one letter dropped from each side). So each stored word of 4 letters or more is
-- kept with the strings it becomes by dropping up to as many letters as it forgives; a typed
-- word's own drops are looked up among them, and the few words found are checked exactly.
CREATE FUNCTION name_deletions(word text, depth integer) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH RECURSIVE dropped (variant, more) AS (
        SELECT word, depth
        UNION
        SELECT overlay(d.variant PLACING '' FROM i FOR 1), d.more - 1
        FROM dropped d, generate_series(1, length(d.variant)) i
        WHERE d.more > 0 AND length(d.variant) > 1)
    SELECT DISTINCT variant FROM dropped
$$;

CREATE TABLE patient_name_variant (
    clinic_id bigint NOT NULL REFERENCES clinic (id),
    variant   text NOT NULL,
    word      text NOT NULL,
    PRIMARY KEY (clinic_id, variant, word)
);

CREATE FUNCTION add_name_variants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO patient_name_variant (clinic_id, variant, word)
    SELECT NEW.clinic_id, v, NEW.word
    FROM name_deletions(NEW.word, name_slips_forgiven(NEW.word)) AS v
    WHERE name_slips_forgiven(NEW.word) > 0
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER patient_name_word_variants AFTER INSERT ON patient_name_word
    FOR EACH ROW EXECUTE FUNCTION add_name_variants();

INSERT INTO patient_name_variant (clinic_id, variant, word)
SELECT w.clinic_id, v, w.word
FROM patient_name_word w, name_deletions(w.word, name_slips_forgiven(w.word)) AS v
WHERE name_slips_forgiven(w.word) > 0
ON CONFLICT DO NOTHING;
