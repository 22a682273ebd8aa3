package drydock.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaScriptMinifierTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			comments and spaces go              | var a = 1; // one\\n/* two */ var b = [ 1, 2 ];     | var a=1;var b=[1,2];
			names keep one space                | return typeof x === 'string' ? x : void 0           | return typeof x==='string'?x:void 0
			strings keep their spaces, slashes  | f( 'a // b', "c /* d */ e", 'it\\'s' )              | f('a // b',"c /* d */ e",'it\\'s')
			regular expression with spaces      | s.replace( / +\\/[/ ]* /g , '' )                   | s.replace(/ +\\/[/ ]* /g,'')
			regular expression after a keyword  | return / x /.test(s)                                | return/ x /.test(s)
			regular expression as a statement   | if (a) { b(); } / x /.exec(s)                       | if(a){b();}/ x /.exec(s)
			regular expression before a name    | var i = / a / instanceof RegExp                     | var i=/ a / instanceof RegExp
			division is no expression           | var r = (a + b) / 2 / c[0] / x++ / d                | var r=(a+b)/2/c[0]/x++/d
			division before a regular expression| a / /x/.source.length                               | a/ /x/.source.length
			plus and minus do not merge         | a + +b - -c + ++d - --e                             | a+ +b- -c+ ++d- --e
			number before a dot                 | 1 .toFixed(2) + x .y                                | 1 .toFixed(2)+x .y
			template literal kept               | f( `a  ${ b + `c ${ d } ` }  e` , { x : 1 } )       | f(`a  ${b+`c ${d} `}  e`,{x:1})
			arrow function and let              | const f = ( a ) => { let b = a ; return b ; }       | const f=(a)=>{let b=a;return b;}
			no HTML comment made                | if (a < !--b && c-- > d) {}                         | if(a< !--b&&c-- >d){}
			optional chaining and a number      | a ? .5 : b?.c                                       | a? .5:b?.c
			""")
	void removesOnlyWhatNeverChangesTheMeaning(String what, String source, String expected) {
		String input = source.replace("\\n", "\n");
		String minified = JavaScriptMinifier.minify(input);

		assertThat(minified).isEqualTo(expected);
		assertThat(ParsedAssets.javaScript(inAFunction(minified))).isEqualTo(ParsedAssets.javaScript(inAFunction(input)));
	}

	/** Some cases return, which a script may only do inside a function. */
	private static String inAFunction(String code) {
		return "function t() {\n" + code + "\n}";
	}

	@Test
	void keepsLineBreaksThatEndStatements() {
		String source = """
				function f(a) {
				  var b = a
				  var c = b
				  ;[b, c].forEach(g)
				  a
				  ++c
				  return
				    a
				}
				""";

		String minified = JavaScriptMinifier.minify(source);

		assertThat(minified).isEqualTo("function f(a){var b=a\nvar c=b;[b,c].forEach(g)\na\n++c\nreturn\na}");
		assertThat(ParsedAssets.javaScript(minified)).isEqualTo(ParsedAssets.javaScript(source));
	}

	@Test
	void dropsLineBreaksWhereTheStatementCannotEnd() {
		String source = """
				var total = first +
				    second
				    .length;
				var o = {
				  a: 1,
				  b: 2
				};
				""";

		String minified = JavaScriptMinifier.minify(source);

		assertThat(minified).isEqualTo("var total=first+\nsecond .length;var o={a:1,b:2};");
		assertThat(ParsedAssets.javaScript(minified)).isEqualTo(ParsedAssets.javaScript(source));
	}

	@Test
	void aLineBreakInsideACommentStillEndsTheStatement() {
		String source = "var a = b /* one\n two */ var c = d";

		String minified = JavaScriptMinifier.minify(source);

		assertThat(minified).isEqualTo("var a=b\nvar c=d");
		// Rhino itself misses this line break (it refuses the source), so the output is compared with its meaning.
		assertThat(ParsedAssets.javaScript(minified)).isEqualTo(ParsedAssets.javaScript("var a = b\nvar c = d"));
	}

	@Test
	void minifiedOutputMinifiesToItself() {
		String once = JavaScriptMinifier.minify("var a = `x ${ y } z` // c\n+ / re /g .source");

		assertThat(JavaScriptMinifier.minify(once)).isEqualTo(once);
	}

	@Test
	void refusesWhatItCannotReadRatherThanGuess() {
		assertThatIllegalArgumentException().isThrownBy(() -> JavaScriptMinifier.minify("var s = 'open"))
			.withMessageContaining("unclosed string");
		assertThatIllegalArgumentException().isThrownBy(() -> JavaScriptMinifier.minify("var t = `open ${ a }"))
			.withMessageContaining("unclosed template");
		assertThatIllegalArgumentException().isThrownBy(() -> JavaScriptMinifier.minify("a(); /* open"))
			.withMessageContaining("unclosed comment");
	}

}
