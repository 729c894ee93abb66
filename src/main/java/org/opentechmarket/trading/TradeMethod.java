package org.opentechmarket.trading;

/** How the right changes hands (促进科技成果转化法 Art. 16): assignment (转让) or licence (许可). */
public enum TradeMethod {
	TRANSFER, LICENSE
}
