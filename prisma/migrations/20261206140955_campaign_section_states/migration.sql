-- AlterTable
ALTER TABLE "CampusReport" ADD COLUMN     "sectionStates" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ReportEdition" ADD COLUMN     "publishedNote" TEXT;
