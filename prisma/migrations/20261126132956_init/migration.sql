-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('LYCEE', 'ETABLISSEMENT_SUPERIEUR', 'GIP', 'ASSOCIATION_LOI_1901');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('DIRECTEUR_CAMPUS', 'DIRECTEUR_OPERATIONNEL', 'PRESIDENT', 'COORDONNATEUR_REGIONAL');

-- CreateEnum
CREATE TYPE "SocialNetwork" AS ENUM ('SITE', 'TWITTER', 'FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'YOUTUBE');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('INSTITUTIONNEL', 'COLLECTIVITE', 'FINANCEUR', 'BRANCHE_PROFESSIONNELLE', 'OPCA', 'ETABLISSEMENT_SCOLAIRE', 'ENSEIGNEMENT_SUPERIEUR', 'ORGANISME_FORMATION', 'RECHERCHE', 'ENTREPRISE', 'POLE_COMPETITIVITE', 'ASSOCIATION', 'AUTRE');

-- CreateEnum
CREATE TYPE "CampusOrganisationRole" AS ENUM ('STRUCTURE_PORTEUSE', 'CONSEIL_PERFECTIONNEMENT', 'CONSEIL_ADMINISTRATION', 'FINANCEUR', 'PARTENAIRE', 'BRANCHE_REFERENCE', 'MEMBRE');

-- CreateEnum
CREATE TYPE "CouncilCollege" AS ENUM ('FORMATION', 'BRANCHES_PROFESSIONNELLES', 'INSTITUTIONNELS');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PROJETEE', 'EN_COURS', 'TERMINEE');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('COLLEGIENS', 'LYCEENS', 'APPRENTIS', 'ETUDIANTS', 'ENSEIGNANTS', 'ENTREPRISES', 'DEMANDEURS_EMPLOI', 'SALARIES', 'PARENTS', 'ARTISANS', 'ACTEURS_FORMATION', 'ACTEURS_INSTITUTIONNELS', 'GRAND_PUBLIC');

-- CreateEnum
CREATE TYPE "DiplomaType" AS ENUM ('CAP', 'BAC_PRO', 'BP', 'MC', 'BTS', 'DUT', 'BUT', 'LICENCE_PRO', 'LICENCE', 'MASTER', 'INGENIEUR', 'DU', 'DNMADE', 'TITRE_PRO', 'AUTRE');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('SCOLAIRE', 'APPRENTISSAGE', 'CONTRAT_PROFESSIONNALISATION', 'FORMATION_CONTINUE', 'VAE');

-- CreateEnum
CREATE TYPE "FormationState" AS ENUM ('OUVERTE', 'EN_PROJET');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('SUBVENTION', 'DOTATION', 'POSTE', 'EN_NATURE', 'SOUTIEN_ACTION');

-- CreateEnum
CREATE TYPE "AmountBasis" AS ENUM ('PER_YEAR', 'TOTAL');

-- CreateEnum
CREATE TYPE "InstanceKind" AS ENUM ('CREFOP_COMMISSION', 'COMITE_PILOTAGE_REGIONAL', 'CONSEIL_PERFECTIONNEMENT', 'ASSEMBLEE_GENERALE');

-- CreateEnum
CREATE TYPE "InstanceScope" AS ENUM ('REGIONAL', 'CAMPUS');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('DO', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'VALIDATED');

-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('CREATE', 'UPDATE', 'STATUS', 'PUBLISH', 'UNPUBLISH', 'ARCHIVE', 'RESTORE', 'REVERT');

-- CreateTable
CREATE TABLE "Campus" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alias" TEXT,
    "sectors" TEXT[],
    "labelYear" INTEGER NOT NULL,
    "porteurId" TEXT,
    "legalForm" "LegalForm" NOT NULL,
    "plannedLegalForm" "LegalForm",
    "plannedChange" TEXT,
    "email" TEXT NOT NULL,
    "siteUrl" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "presentation" TEXT NOT NULL,
    "strategy" TEXT NOT NULL DEFAULT '',
    "governanceNotes" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampusAxis" (
    "id" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "CampusAxis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampusSocialLink" (
    "id" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,
    "network" "SocialNetwork" NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CampusSocialLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "campusId" TEXT,
    "role" "RoleKind" NOT NULL,
    "personName" TEXT,
    "note" TEXT,
    "organisationId" TEXT,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "website" TEXT,
    "city" TEXT,
    "departement" TEXT,
    "description" TEXT,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampusOrganisation" (
    "id" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "roles" "CampusOrganisationRole"[],
    "councilCollege" "CouncilCollege",
    "note" TEXT,

    CONSTRAINT "CampusOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Funding" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "campusId" TEXT,
    "platformId" TEXT,
    "actionId" TEXT,
    "kind" "FundingKind" NOT NULL,
    "amountEuros" INTEGER,
    "amountBasis" "AmountBasis",
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "isIndicative" BOOLEAN NOT NULL DEFAULT false,
    "purpose" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Funding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" "ActionStatus" NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "reportYears" INTEGER[],
    "audiences" "Audience"[],
    "publication" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionCampus" (
    "actionId" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,
    "axisId" TEXT,
    "isLead" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ActionCampus_pkey" PRIMARY KEY ("actionId","campusId")
);

-- CreateTable
CREATE TABLE "ActionBeneficiary" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "audience" "Audience",
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActionBeneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPartner" (
    "actionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT,

    CONSTRAINT "ActionPartner_pkey" PRIMARY KEY ("actionId","organisationId")
);

-- CreateTable
CREATE TABLE "ActionLink" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActionLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionFormation" (
    "actionId" TEXT NOT NULL,
    "formationId" TEXT NOT NULL,

    CONSTRAINT "ActionFormation_pkey" PRIMARY KEY ("actionId","formationId")
);

-- CreateTable
CREATE TABLE "ActionPlatform" (
    "actionId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,

    CONSTRAINT "ActionPlatform_pkey" PRIMARY KEY ("actionId","platformId")
);

-- CreateTable
CREATE TABLE "ActionRevision" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Formation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "diploma" "DiplomaType" NOT NULL,
    "level" INTEGER,
    "modalities" "Modality"[],
    "establishmentId" TEXT,
    "commune" TEXT,
    "departement" TEXT,
    "rncp" TEXT,
    "cfd" TEXT,
    "state" "FormationState" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Formation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormationCampus" (
    "formationId" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,

    CONSTRAINT "FormationCampus_pkey" PRIMARY KEY ("formationId","campusId")
);

-- CreateTable
CREATE TABLE "Platform" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "domain" TEXT,
    "isLabelled" BOOLEAN,
    "hostId" TEXT,
    "commune" TEXT,
    "departement" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "publication" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformCampus" (
    "platformId" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,

    CONSTRAINT "PlatformCampus_pkey" PRIMARY KEY ("platformId","campusId")
);

-- CreateTable
CREATE TABLE "GovernanceInstance" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "InstanceKind" NOT NULL,
    "scope" "InstanceScope" NOT NULL,
    "campusId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "composition" TEXT NOT NULL DEFAULT '',
    "frequency" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GovernanceInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "instanceId" TEXT NOT NULL,
    "campusId" TEXT,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "city" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampusReport" (
    "id" TEXT NOT NULL,
    "campusId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "strategy" TEXT NOT NULL DEFAULT '',
    "governance" TEXT NOT NULL DEFAULT '',
    "mainActions" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "outlook" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampusReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEdition" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "presentation" TEXT NOT NULL DEFAULT '',
    "positioning" TEXT NOT NULL DEFAULT '',
    "actors" TEXT NOT NULL DEFAULT '',
    "outlook" TEXT NOT NULL DEFAULT '',
    "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT',
    "validatedAt" TIMESTAMP(3),
    "validatedById" TEXT,
    "snapshot" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabellingCriterion" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "LabellingCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampusProject" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CampusProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionEvent" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "campusId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "campusId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campus_slug_key" ON "Campus"("slug");

-- CreateIndex
CREATE INDEX "CampusAxis_campusId_position_idx" ON "CampusAxis"("campusId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CampusAxis_campusId_key_key" ON "CampusAxis"("campusId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CampusSocialLink_campusId_network_key" ON "CampusSocialLink"("campusId", "network");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_key_key" ON "RoleAssignment"("key");

-- CreateIndex
CREATE INDEX "RoleAssignment_campusId_idx" ON "RoleAssignment"("campusId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_key_key" ON "Organisation"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_departement_idx" ON "Organisation"("departement");

-- CreateIndex
CREATE INDEX "CampusOrganisation_organisationId_idx" ON "CampusOrganisation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CampusOrganisation_campusId_organisationId_key" ON "CampusOrganisation"("campusId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Funding_key_key" ON "Funding"("key");

-- CreateIndex
CREATE INDEX "Funding_campusId_idx" ON "Funding"("campusId");

-- CreateIndex
CREATE INDEX "Funding_funderId_idx" ON "Funding"("funderId");

-- CreateIndex
CREATE INDEX "Funding_startYear_endYear_idx" ON "Funding"("startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Action_seedKey_key" ON "Action"("seedKey");

-- CreateIndex
CREATE UNIQUE INDEX "Action_slug_key" ON "Action"("slug");

-- CreateIndex
CREATE INDEX "Action_publication_status_idx" ON "Action"("publication", "status");

-- CreateIndex
CREATE INDEX "Action_startDate_idx" ON "Action"("startDate");

-- CreateIndex
CREATE INDEX "ActionCampus_campusId_idx" ON "ActionCampus"("campusId");

-- CreateIndex
CREATE INDEX "ActionBeneficiary_actionId_idx" ON "ActionBeneficiary"("actionId");

-- CreateIndex
CREATE INDEX "ActionPartner_organisationId_idx" ON "ActionPartner"("organisationId");

-- CreateIndex
CREATE INDEX "ActionLink_actionId_idx" ON "ActionLink"("actionId");

-- CreateIndex
CREATE INDEX "ActionFormation_formationId_idx" ON "ActionFormation"("formationId");

-- CreateIndex
CREATE INDEX "ActionPlatform_platformId_idx" ON "ActionPlatform"("platformId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionRevision_actionId_version_key" ON "ActionRevision"("actionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Formation_key_key" ON "Formation"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Formation_slug_key" ON "Formation"("slug");

-- CreateIndex
CREATE INDEX "Formation_diploma_idx" ON "Formation"("diploma");

-- CreateIndex
CREATE INDEX "Formation_level_idx" ON "Formation"("level");

-- CreateIndex
CREATE INDEX "Formation_departement_idx" ON "Formation"("departement");

-- CreateIndex
CREATE INDEX "FormationCampus_campusId_idx" ON "FormationCampus"("campusId");

-- CreateIndex
CREATE UNIQUE INDEX "Platform_key_key" ON "Platform"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Platform_slug_key" ON "Platform"("slug");

-- CreateIndex
CREATE INDEX "PlatformCampus_campusId_idx" ON "PlatformCampus"("campusId");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceInstance_key_key" ON "GovernanceInstance"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CampusReport_campusId_year_key" ON "CampusReport"("campusId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReportEdition_year_key" ON "ReportEdition"("year");

-- CreateIndex
CREATE UNIQUE INDEX "LabellingCriterion_editionId_number_key" ON "LabellingCriterion"("editionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CampusProject_editionId_key_key" ON "CampusProject"("editionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_campusId_idx" ON "AuditLog"("campusId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_idx" ON "AuditLog"("entityType");

-- AddForeignKey
ALTER TABLE "Campus" ADD CONSTRAINT "Campus_porteurId_fkey" FOREIGN KEY ("porteurId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusAxis" ADD CONSTRAINT "CampusAxis_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusSocialLink" ADD CONSTRAINT "CampusSocialLink_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusOrganisation" ADD CONSTRAINT "CampusOrganisation_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusOrganisation" ADD CONSTRAINT "CampusOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCampus" ADD CONSTRAINT "ActionCampus_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCampus" ADD CONSTRAINT "ActionCampus_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCampus" ADD CONSTRAINT "ActionCampus_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "CampusAxis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionBeneficiary" ADD CONSTRAINT "ActionBeneficiary_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPartner" ADD CONSTRAINT "ActionPartner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPartner" ADD CONSTRAINT "ActionPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionLink" ADD CONSTRAINT "ActionLink_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFormation" ADD CONSTRAINT "ActionFormation_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFormation" ADD CONSTRAINT "ActionFormation_formationId_fkey" FOREIGN KEY ("formationId") REFERENCES "Formation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlatform" ADD CONSTRAINT "ActionPlatform_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlatform" ADD CONSTRAINT "ActionPlatform_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRevision" ADD CONSTRAINT "ActionRevision_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRevision" ADD CONSTRAINT "ActionRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Formation" ADD CONSTRAINT "Formation_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormationCampus" ADD CONSTRAINT "FormationCampus_formationId_fkey" FOREIGN KEY ("formationId") REFERENCES "Formation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormationCampus" ADD CONSTRAINT "FormationCampus_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Platform" ADD CONSTRAINT "Platform_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformCampus" ADD CONSTRAINT "PlatformCampus_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformCampus" ADD CONSTRAINT "PlatformCampus_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceInstance" ADD CONSTRAINT "GovernanceInstance_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "GovernanceInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusReport" ADD CONSTRAINT "CampusReport_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusReport" ADD CONSTRAINT "CampusReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEdition" ADD CONSTRAINT "ReportEdition_validatedById_fkey" FOREIGN KEY ("validatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabellingCriterion" ADD CONSTRAINT "LabellingCriterion_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampusProject" ADD CONSTRAINT "CampusProject_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionEvent" ADD CONSTRAINT "EditionEvent_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionEvent" ADD CONSTRAINT "EditionEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_campusId_fkey" FOREIGN KEY ("campusId") REFERENCES "Campus"("id") ON DELETE SET NULL ON UPDATE CASCADE;
