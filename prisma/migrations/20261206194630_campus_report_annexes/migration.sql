-- AlterTable
ALTER TABLE "CampusReport" ADD COLUMN     "annexes" JSONB NOT NULL DEFAULT '[]';
