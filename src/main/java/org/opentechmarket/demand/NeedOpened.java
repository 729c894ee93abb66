package org.opentechmarket.demand;

/**
 * A need became public: approved after review, or imported as open from another market ({@code imported}). Matching indexes
 * it; push tells the holders of matching achievements (an import of thousands of listings may be handled in bulk instead).
 */
public record NeedOpened(long needId, long ownerOrganisationId, boolean imported) {
}
