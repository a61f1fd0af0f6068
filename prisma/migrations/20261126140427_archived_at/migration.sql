-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Formation" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "archivedAt" TIMESTAMP(3);
