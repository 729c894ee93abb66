package org.opentechmarket.contract.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.opentechmarket.platform.CodeTables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The registration certificate (技术合同登记证明) as a PDF with an embedded CJK font (subset). The font is a TrueType collection
 * on disk, {@code otm.contract.certificate-font} (default Debian's fonts-wqy-microhei); without it the certificate cannot be made
 * and the error says which file is missing.
 */
@Component
public class CertificatePdf {

	private final Path fontPath;
	private final CodeTables codes;

	public CertificatePdf(@Value("${otm.contract.certificate-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") Path fontPath,
			CodeTables codes) {
		this.fontPath = fontPath;
		this.codes = codes;
	}

	public byte[] render(Contract c, String pointName) {
		if (!Files.isReadable(fontPath)) {
			throw new IllegalStateException("Cannot make contract certificates: CJK font " + fontPath
					+ " is missing (install fonts-wqy-microhei or set otm.contract.certificate-font)");
		}
		if (c.getRegistrationNumber() == null) {
			throw new IllegalArgumentException("Contract " + c.getId() + " is not registered");
		}
		try (TrueTypeCollection collection = new TrueTypeCollection(fontPath.toFile());
				PDDocument doc = new PDDocument()) {
			List<TrueTypeFont> fonts = new ArrayList<>();
			collection.processAllFonts(fonts::add);
			if (fonts.isEmpty()) {
				throw new IllegalStateException("No font in " + fontPath);
			}
			PDType0Font font = PDType0Font.load(doc, fonts.get(0), true);
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			float y = 780;
			try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
				y = line(out, font, 20, 150, y, "技术合同登记证明");
				y = line(out, font, 10, 150, y + 6, "Technology Contract Registration Certificate");
				y -= 20;
				ContractTerms t = c.getTerms();
				String[][] rows = {
						{ "登记号 Registration No.", c.getRegistrationNumber() },
						{ "项目名称 Project", t.getProjectName() },
						{ "合同类型 Type", typeLabel(t) },
						{ "签订日期 Signed on", String.valueOf(t.getSignedOn()) },
						{ "有效期 Valid", t.getValidFrom() + " – " + t.getValidUntil() },
						{ "卖方 Seller", c.getSeller().getName() + regionSuffix(c.getSeller()) },
						{ "买方 Buyer", c.getBuyer().getName() + regionSuffix(c.getBuyer()) },
						{ "成交额 Contract amount", money(t.getContractAmount()) + " 元" },
						{ "技术交易额 Technical amount", money(c.getTechnicalAmount()) + " 元" },
						{ "登记机构 Registration point", pointName },
						{ "登记日期 Registered on", String.valueOf(c.getRegisteredOn()) },
						{ "状态 Status", c.getStatus().name() } };
				for (String[] row : rows) {
					line(out, font, 11, 60, y, row[0]);
					y = line(out, font, 11, 250, y, row[1] == null ? "" : row[1]);
					y -= 6;
				}
				y -= 20;
				line(out, font, 9, 60, y, "本证明依据技术合同认定登记结果出具；税收优惠以主管税务机关认定为准。");
				line(out, font, 9, 60, y - 14, "Issued on the registration record; tax relief is decided by the tax authority.");
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render certificate of contract " + c.getId(), e);
		}
	}

	private String regionSuffix(Party p) {
		return p.getRegionCode() == null ? " (" + p.getCountryCode() + ")"
				: " (" + codes.regions().shortLabel(p.getRegionCode(), java.util.Locale.SIMPLIFIED_CHINESE) + ")";
	}

	static String money(java.math.BigDecimal amount) {
		return String.format(java.util.Locale.ROOT, "%,.2f", amount);
	}

	private static String typeLabel(ContractTerms t) {
		String zh = switch (t.getType()) {
			case DEVELOPMENT -> "技术开发";
			case TRANSFER -> "技术转让";
			case LICENSE -> "技术许可";
			case CONSULTING -> "技术咨询";
			case SERVICE -> "技术服务";
		};
		String mode = t.getLicenceMode() == null ? "" : switch (t.getLicenceMode()) {
			case EXCLUSIVE -> "（独占）";
			case SOLE -> "（排他）";
			case ORDINARY -> "（普通）";
		};
		return zh + mode + " " + t.getType().name();
	}

	private static float line(PDPageContentStream out, PDType0Font font, float size, float x, float y, String text)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(text);
		out.endText();
		return y - size - 6;
	}
}
