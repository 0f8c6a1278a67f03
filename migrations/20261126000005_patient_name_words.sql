-- Faster name search. Comparing the typed name with every candidate's whole name by trigrams
-- took 100-200 ms on 100,000 patients (many share a surname), so the fuzzy part now runs on
-- the clinic's dictionary of distinct name words, which is small: each typed word is expanded
-- to the dictionary words that look like it (trigrams), sound like it (Double Metaphone) or
-- start with it; a patient matches when every typed word has one of its expansions among the
-- words of their name (an indexed array overlap per typed word).

CREATE TABLE patient_name_word (
    clinic_id bigint NOT NULL REFERENCES clinic (id),
    word      text NOT NULL,
    sound     text NOT NULL,
    PRIMARY KEY (clinic_id, word)
);
CREATE INDEX patient_name_word_trgm_idx ON patient_name_word USING gin (word gin_trgm_ops);
CREATE INDEX patient_name_word_sound_idx ON patient_name_word (clinic_id, sound);
CREATE INDEX patient_name_word_prefix_idx ON patient_name_word (clinic_id, word text_pattern_ops);

INSERT INTO patient_name_word (clinic_id, word, sound)
SELECT DISTINCT clinic_id, word, dmetaphone(word)
FROM patient, unnest(name_words) AS word
ON CONFLICT DO NOTHING;

-- Keeps the dictionary complete. Words are never removed: a stale word only costs a lookup.
CREATE FUNCTION add_patient_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO patient_name_word (clinic_id, word, sound)
    SELECT NEW.clinic_id, word, dmetaphone(word) FROM unnest(NEW.name_words) AS word
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END $$;
CREATE TRIGGER patient_name_words AFTER INSERT OR UPDATE OF first_name, last_name, preferred_name
    ON patient FOR EACH ROW EXECUTE FUNCTION add_patient_name_words();

-- Patients by the words of their name; the whole-name trigram and sound indexes are replaced.
CREATE INDEX patient_name_words_idx ON patient USING gin (clinic_id, name_words);
DROP INDEX patient_search_name_idx;
DROP INDEX patient_name_sounds_idx;
