package drydock.build;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.RegExpLiteral;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.TemplateCharacters;

/**
 * What a script or a style sheet means, as independent parsers (Rhino, HtmlUnit's CSS parser) read
 * it, in a form two files can be compared by: same result, same meaning. Either throws on a syntax
 * error.
 */
final class ParsedAssets {

	private ParsedAssets() {
	}

	/** Every node of the syntax tree in order, with its kind and the value of names and literals. */
	static List<String> javaScript(String source) {
		CompilerEnvirons environment = new CompilerEnvirons();
		environment.setLanguageVersion(Context.VERSION_ECMASCRIPT);
		environment.setRecordingComments(false);
		AstRoot root = new Parser(environment).parse(source, "script", 1);
		List<String> nodes = new ArrayList<>();
		root.visitAll(node -> {
			nodes.add(node.getClass().getSimpleName() + " " + Token.typeToName(node.getType()) + valueOf(node));
			return true;
		});
		return nodes;
	}

	private static String valueOf(AstNode node) {
		return switch (node) {
			case Name name -> " " + name.getIdentifier();
			case StringLiteral string -> " " + string.getQuoteCharacter() + string.getValue();
			case NumberLiteral number -> " " + number.getValue();
			case RegExpLiteral expression -> " /" + expression.getValue() + "/" + expression.getFlags();
			case TemplateCharacters characters -> " " + characters.getRawValue();
			default -> "";
		};
	}

	/** Each rule as the parser writes it back (selectors, media queries, declarations and values). */
	static List<String> styleSheet(String source) throws IOException {
		CSSOMParser parser = new CSSOMParser();
		parser.setErrorHandler(new CSSErrorHandler() {

			@Override
			public void warning(CSSParseException exception) throws CSSException {
				throw exception;
			}

			@Override
			public void error(CSSParseException exception) throws CSSException {
				throw exception;
			}

			@Override
			public void fatalError(CSSParseException exception) throws CSSException {
				throw exception;
			}

		});
		return parser.parseStyleSheet(new InputSource(new StringReader(source)), null)
			.getCssRules()
			.getRules()
			.stream()
			.map(AbstractCSSRuleImpl::getCssText)
			.toList();
	}

}
