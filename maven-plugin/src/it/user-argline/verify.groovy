def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
// The agent goes first; the user's arguments stay as written, quotes included.
assert log =~ /argLine set to -javaagent:\S+sysimg-agent-\S+\.jar=output=\S+,include=com\.example\.greet,listener=\S+sysimg-junit-extension\S+\.jar -Dgreet\.fromProperty=yes "-Dgreet\.withSpace=a b"/
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')

it.checkStatements(basedir, ['com.example.greet.Greeter', 'com.example.greet.Punctuation'],
        ['com.example.greet.GreeterTest', 'com.example.greet.PunctuationTest', 'com.example.greet.ArgLineTest'])
it.checkImageStarts(basedir, ['target/user-argline-1.0.jar'], 'com.example.greet.Main',
        ['com.example.greet.Greeter', 'com.example.greet.Punctuation'], 'Hello, world!')
return true
