-- CreateEnum
CREATE TYPE "MediaOwnerKind" AS ENUM ('ACTION', 'CAMPUS', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MediaRole" AS ENUM ('IMAGE', 'ATTACHMENT', 'LOGO');

-- CreateTable
CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
    "ownerKind" "MediaOwnerKind" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "role" "MediaRole" NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "altText" TEXT NOT NULL DEFAULT '',
    "isDecorative" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaVariant" (
    "mediaId" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "MediaVariant_pkey" PRIMARY KEY ("mediaId","width")
);

-- CreateIndex
CREATE INDEX "Media_ownerKind_ownerId_idx" ON "Media"("ownerKind", "ownerId");

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaVariant" ADD CONSTRAINT "MediaVariant_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;
