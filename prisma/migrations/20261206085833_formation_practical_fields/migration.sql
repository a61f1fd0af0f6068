-- AlterTable
ALTER TABLE "Formation" ADD COLUMN     "admission" TEXT,
ADD COLUMN     "applicationUrl" TEXT,
ADD COLUMN     "duration" TEXT,
ADD COLUMN     "nextSession" TEXT;
