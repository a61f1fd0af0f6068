-- Lists paginated by the database in French order (written by hand: Prisma
-- does not model generated columns or collations; schema.prisma declares
-- these columns with @default(dbgenerated()) so the client orders by them
-- and never writes them).
--
-- cmq_sort_key(name): the French sort key of lib/text/collate.ts
-- (storedSortKey), spelled out with the same folding table: combining
-- accents dropped, ligatures spelled out, ASCII capitals and the Latin
-- letters with accents translated to lower-case ASCII, every run of other
-- characters as one space, trimmed; then U+0001 and the exact spelling as
-- tie-break. No locale, collation or unaccent rules are involved (they
-- differ between PostgreSQL versions and servers), so PGlite and any
-- PostgreSQL server compute the same key as the application, and
-- `COLLATE "C"` compares it byte by byte.
CREATE OR REPLACE FUNCTION cmq_sort_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(
    translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(regexp_replace($1, '[\u0300-\u036f]+', '', 'g'), 'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss'), 'ẞ', 'ss'), 'Ĳ', 'ij'), 'ĳ', 'ij'), 'Þ', 'th'), 'þ', 'th'),
      'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹØøĐđÐðĦħıŁłĿŀŦŧſŊŋĸ',
      'abcdefghijklmnopqrstuvwxyzaaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyooddddhhillllttsnnk'),
    '[^a-z0-9]+', ' ', 'g'), ' ') || E'\001' || $1 $$;

-- Organisations: the French order of their name, and the place of their
-- kind in the partner directory (ORGANISATION_KIND_ORDER, lib/organisations/queries.ts).
ALTER TABLE "Organisation"
  ADD COLUMN "sortKey" TEXT COLLATE "C" NOT NULL GENERATED ALWAYS AS (cmq_sort_key("name")) STORED,
  ADD COLUMN "kindRank" SMALLINT NOT NULL GENERATED ALWAYS AS (CASE "kind"
    WHEN 'INSTITUTIONNEL' THEN 0
    WHEN 'COLLECTIVITE' THEN 1
    WHEN 'FINANCEUR' THEN 2
    WHEN 'BRANCHE_PROFESSIONNELLE' THEN 3
    WHEN 'OPCA' THEN 4
    WHEN 'POLE_COMPETITIVITE' THEN 5
    WHEN 'ENTREPRISE' THEN 6
    WHEN 'ETABLISSEMENT_SCOLAIRE' THEN 7
    WHEN 'ENSEIGNEMENT_SUPERIEUR' THEN 8
    WHEN 'ORGANISME_FORMATION' THEN 9
    WHEN 'RECHERCHE' THEN 10
    WHEN 'ASSOCIATION' THEN 11
    ELSE 12 END) STORED;

-- Actions in visitor order (compareForVisitors, lib/actions/queries.ts):
-- ongoing ones first, latest started first; then upcoming ones, soonest
-- first; then finished ones, latest ended first; undated ones last in each
-- group (NULLS LAST), titles in French order breaking ties.
ALTER TABLE "Action"
  ADD COLUMN "sortKey" TEXT COLLATE "C" NOT NULL GENERATED ALWAYS AS (cmq_sort_key("title")) STORED,
  ADD COLUMN "listStatus" SMALLINT NOT NULL GENERATED ALWAYS AS (CASE "status"
    WHEN 'EN_COURS' THEN 0
    WHEN 'PROJETEE' THEN 1
    ELSE 2 END) STORED,
  ADD COLUMN "listDate" INTEGER GENERATED ALWAYS AS (CASE "status"
    WHEN 'PROJETEE' THEN "startDate" - DATE '1970-01-01'
    WHEN 'EN_COURS' THEN DATE '1970-01-01' - "startDate"
    ELSE DATE '1970-01-01' - coalesce("endDate", "startDate") END) STORED;

ALTER TABLE "Formation"
  ADD COLUMN "sortKey" TEXT COLLATE "C" NOT NULL GENERATED ALWAYS AS (cmq_sort_key("title")) STORED;

ALTER TABLE "Platform"
  ADD COLUMN "sortKey" TEXT COLLATE "C" NOT NULL GENERATED ALWAYS AS (cmq_sort_key("name")) STORED;

-- The catalogue orders by level then title; this index replaces the one on level alone.
DROP INDEX "Formation_level_idx";

CREATE INDEX "Organisation_kindRank_sortKey_idx" ON "Organisation"("kindRank", "sortKey");
CREATE INDEX "Organisation_publication_sortKey_idx" ON "Organisation"("publication", "sortKey");
CREATE INDEX "Action_listStatus_listDate_sortKey_idx" ON "Action"("listStatus", "listDate", "sortKey");
CREATE INDEX "Formation_level_sortKey_idx" ON "Formation"("level", "sortKey");
