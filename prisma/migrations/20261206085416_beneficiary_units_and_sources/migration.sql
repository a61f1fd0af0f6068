-- CreateEnum
CREATE TYPE "BeneficiaryUnit" AS ENUM ('ELEVES', 'APPRENTIS', 'ENSEIGNANTS', 'ETABLISSEMENTS', 'ENTREPRISES', 'PERSONNES');

-- AlterEnum
ALTER TYPE "Modality" ADD VALUE 'ALTERNANCE';

-- AlterTable
ALTER TABLE "Campus" ALTER COLUMN "siteUrl" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- AlterTable: a beneficiary figure gets a unit; the words it had become its detail,
-- and the unit is read from them where they say it plainly (anything else counts people).
ALTER TABLE "ActionBeneficiary" ADD COLUMN     "detail" TEXT;
UPDATE "ActionBeneficiary" SET "detail" = "unit";
ALTER TABLE "ActionBeneficiary" ALTER COLUMN "unit" TYPE "BeneficiaryUnit" USING (
  CASE
    WHEN lower("unit") ~ '^(é|e)l(è|e)ves?\M' THEN 'ELEVES'
    WHEN lower("unit") ~ '^apprentis?\M' THEN 'APPRENTIS'
    WHEN lower("unit") ~ '^enseignant' THEN 'ENSEIGNANTS'
    WHEN lower("unit") ~ '^(établissement|etablissement|collège|college|lycée|lycee|cfa)' THEN 'ETABLISSEMENTS'
    WHEN lower("unit") ~ '^entreprise' THEN 'ENTREPRISES'
    ELSE 'PERSONNES'
  END
)::"BeneficiaryUnit";
UPDATE "ActionBeneficiary" SET "detail" = NULL
  WHERE lower("detail") IN ('élèves', 'élève', 'apprentis', 'apprenti', 'enseignants', 'enseignant', 'établissements', 'établissement', 'entreprises', 'entreprise', 'personnes', 'personne');
