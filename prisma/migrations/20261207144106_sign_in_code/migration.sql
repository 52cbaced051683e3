-- AlterTable
ALTER TABLE "VerificationToken" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'link';
