-- AlterTable
ALTER TABLE "ReportEdition" ADD COLUMN     "deadline" DATE,
ADD COLUMN     "publishedOn" TEXT;

-- CreateTable
CREATE TABLE "ReportFile" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportFile_editionId_scope_format_key" ON "ReportFile"("editionId", "scope", "format");

-- AddForeignKey
ALTER TABLE "ReportFile" ADD CONSTRAINT "ReportFile_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
