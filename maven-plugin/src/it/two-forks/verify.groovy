def it = evaluate(new File(itCommon))
File sessions = new File(basedir, 'target/sysimg/sessions')
def files = sessions.listFiles().findAll { it.name.startsWith('session-') && it.name.endsWith('.statements') }
assert files.size() == 2 : "expected one session file per fork, found ${files*.name}"

it.checkStatements(basedir, ['com.example.greet.Greeter', 'com.example.greet.Punctuation'],
        ['com.example.greet.GreeterTest', 'com.example.greet.PunctuationTest'])
it.checkImageStarts(basedir, ['target/two-forks-1.0.jar'], 'com.example.greet.Main',
        ['com.example.greet.Greeter', 'com.example.greet.Punctuation'], 'Hello, world!')

String log = it.buildLog(basedir)
assert log.contains('from 2 session files')
assert log =~ /java @\S+sysimg\.jsa\.args com\.example\.greet\.Main/

File merged = new File(basedir, 'target/merged/all.statements')
assert merged.isFile()
def text = merged.getText('UTF-8')
assert text.contains('class com.example.greet.Greeter')
assert text.contains('class com.example.greet.Punctuation')
assert text.contains('@merged-from 2 files')
return true
