package drydock.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleSheetMinifierTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			comments, spaces and the last semicolon | /* x */ .a { color : red ; margin: 0 auto; }     | .a{color :red;margin:0 auto}
			descendant selectors keep their space   | .a .b, ul  li > a, p :hover { top: 0 }          | .a .b,ul li>a,p :hover{top:0}
			calc keeps spaces around plus and minus | .a { width: calc( 100% - 2rem ); top: calc(1px + -2px) } | .a{width:calc(100% - 2rem);top:calc(1px + -2px)}
			media query keeps and before a bracket  | @media screen and (min-width: 760px) { .a { top: 0 } } | @media screen and (min-width:760px){.a{top:0}}
			strings and url as written              | .a::before { content: "a  /* b */ ;" ' x' } .b { background: url(a/*b*/.png) } | .a::before{content:"a  /* b */ ;" ' x'}.b{background:url(a/*b*/.png)}
			important and custom properties         | :root { --ink: #17212b; } .a { color: var( --ink ) !important; } | :root{--ink:#17212b}.a{color:var(--ink)!important}
			escapes keep their space                | .\\31 23 { top: 0 } .a\\;b { top: 0 }            | .\\31 23{top:0}.a\\;b{top:0}
			a comment alone still parts tokens      | .a/**/.b { top: 0 }                             | .a/**/.b{top:0}
			""")
	void removesOnlyWhatNeverChangesTheMeaning(String what, String source, String expected) throws Exception {
		String minified = StyleSheetMinifier.minify(source);

		assertThat(minified).isEqualTo(expected);
		assertThat(ParsedAssets.styleSheet(minified)).isEqualTo(ParsedAssets.styleSheet(source));
	}

}
