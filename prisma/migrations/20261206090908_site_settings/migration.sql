-- CreateTable
CREATE TABLE "SiteSettings" (
    "id" TEXT NOT NULL DEFAULT 'site',
    "publisherName" TEXT NOT NULL DEFAULT '',
    "publisherAddress" TEXT NOT NULL DEFAULT '',
    "publicationDirector" TEXT NOT NULL DEFAULT '',
    "hostName" TEXT NOT NULL DEFAULT '',
    "hostAddress" TEXT NOT NULL DEFAULT '',
    "coordinationAddress" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "defaultReportDeadline" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("id")
);
