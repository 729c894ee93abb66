package org.opentechmarket.listing.web;

import org.opentechmarket.listing.domain.ListingService;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' overview of listings and tenders (deposits are confirmed in the trading module's administration). */
@Controller
class AdminListingsController {

	private final ListingService listings;
	private final TenderService tenders;

	AdminListingsController(ListingService listings, TenderService tenders) {
		this.listings = listings;
		this.tenders = tenders;
	}

	@GetMapping("/admin/listings")
	String overview(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("listings", listings.all(admin));
		model.addAttribute("tenders", tenders.all(admin));
		return "listing/admin";
	}
}
