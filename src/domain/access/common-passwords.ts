// Passwords people choose first, refused whatever their length (OWASP ASVS 2.1.7).
//
// Origin, honestly: this list was written from memory by the developer (an AI assistant), not copied
// from a published breach corpus. It holds the passwords that top the public "most common passwords"
// rankings (the kind published from breach analyses), keyboard walks, Vietnamese words and names people
// use (matkhau, anhyeuem, dangvien…), plus the variants generated below (capital first letter, common
// suffixes such as 123, @123, 2024–2027). It is not exhaustive: a deployment that can should replace it
// with a larger list (for example a top-100k list from a breach corpus) in the same format.
const BASE = `
123456 123456789 12345678 12345 1234567 1234567890 123123 111111 000000 654321 666666 888888 999999
121212 112233 123321 147258369 159753 987654321 0123456789 1234512345 11111111 00000000 88888888 12341234
1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx 1qaz2wsx3edc qazwsx qazwsxedc zaq12wsx zxcvbnm zxcvbn asdfgh asdfghjkl
qwerty qwertyuiop qwerty123 qwerty1234 qwertyui 1qazxsw2 asdf1234 qwer1234 abcd1234 abc123 abc12345 abcdef
abcdefgh abcdefg123 a123456 a12345678 aa123456 aaaaaa aaaaaaaa password password1 password12 password123
password1234 passw0rd p@ssword p@ssw0rd pa55word pass1234 passpass letmein letmein123 welcome welcome1
welcome123 welcome@123 admin admin123 admin1234 admin@123 administrator root toor root123 changeme changeme123
default guest guest123 test test123 test1234 testing tester secret secret123 master master123 login login123
iloveyou iloveyou1 iloveyou123 loveyou lovely love123 trustno1 monkey dragon football baseball basketball soccer
hockey superman batman spiderman princess sunshine shadow michael jennifer jessica jordan jordan23 hunter
hunter2 ranger buster thomas robert daniel andrew joshua charlie freedom whatever nothing starwars pokemon
naruto minecraft fortnite computer internet samsung iphone google facebook youtube microsoft windows linux
ubuntu oracle mysql postgres database server system access access123 ashley michelle nicole summer winter
spring autumn flower chocolate cookie cheese pepper banana orange apple chelsea liverpool arsenal barcelona
realmadrid manchester juventus messi ronaldo cr7 neymar killer fuckyou fuckyou1 asshole biteme matrix
mustang harley corvette ferrari porsche mercedes yamaha honda toyota suzuki ninja tigger maggie ginger
pepsi cocacola qwerty12 azerty 7777777 5555555 1111111111 2222222222 0987654321 1029384756 zxcvbnm123
q1w2e3r4 q1w2e3r4t5 1a2b3c4d a1b2c3d4 a1b2c3 qweasd qweasdzxc qweasdzxc123 1234qwer 12345qwert 123qwe
123qweasd 123qweasdzxc qwe123 qwe123456 asd123 zxc123 123abc 123456a 123456aa 123456abc 12345a 1234abcd
123456789a 123456789q 12345678910 1234567891 12345678900 147258 147852 147852369 159357 159951 741852963
789456123 789456 456123 963852741 258456 198964 520520 5201314 1314520 woaini 666888 168168 868686 686868
iloveu iloveyou2 loveme lovers babygirl baby123 angel angel123 angels forever friends family family123
mother father sister brother daddy mommy jesus jesus1 christ godisgood blessed heaven
hello hello123 hello1234 hellohello goodluck happy happy123 smile secret1 private confidential
matkhau matkhau1 matkhau12 matkhau123 matkhau1234 matkhau123456 matkhaumoi matkhaucuatoi matkhau@123
anhyeuem anhyeuem1 anhyeuem123 emyeuanh emyeuanh123 yeuem yeuanh yeuemnhieu anhyeuem9999 iloveyouvn
toiyeuvietnam vietnam vietnam123 vietnam1234 vietnam@123 vietnamvodich vietnamoi hanoi hanoi123 saigon
saigon123 hochiminh tphcm danang haiphong cantho hue nhatrang dalat vungtau namdinh thaibinh nghean thanhhoa
haiduong bacninh quangninh hagiang laocai dienbien sonla yenbai phutho vinhphuc hanam ninhbinh hatinh quangbinh
quangtri quangnam quangngai binhdinh phuyen khanhhoa ninhthuan binhthuan kontum gialai daklak daknong lamdong
binhphuoc tayninh binhduong dongnai longan tiengiang bentre travinh vinhlong dongthap angiang kiengiang
haugiang soctrang baclieu camau langson caobang backan thainguyen tuyenquang bacgiang hoabinh laichau
dangvien dangvien123 dangcongsan dangcongsanvietnam dcsvn dcsvn123 chibo chibo123 dangbo dangbo123 dangvienvn
tinhuy tinhuy123 huyenuy huyenuy123 dienbienphu bacho bacho123 hochiminh123 nguyenaiquoc doanvien
doanthanhnien congdoan thanhnien vanphong vanphong123 banthuongvu bithu bithu123 chutich chutich123 uybannd
ubnd ubnd123 hdnd quanly quanly123 quantri quantri123 quantrivien admin2026 khongbiet khongcomatkhau
quenmatkhau xinchao xinchao123 chaoban camon tamBiet hihi hihihi haha hahaha hehe huhu kaka bibi bebe
hoahong hoamai hoadao hoasen mattroi mattrang ngoisao bautroi bien song nui que quehuong giadinh
giadinhtoi bome bame ongba conyeu contrai congai vo chong voyeu chongyeu
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh lam mai trinh dao cao
nguyenvan nguyenthi tranvan tranthi levan lethi phamvan phamthi hoangvan hoangthi vuvan vuthi
minh anh linh huong trang thao ngoc lan hoa mai hung dung tuan nam long hai son thanh hieu trung
quang duc phuong thuy hang nga ha huyen giang vy my yen nhung hien hanh loan thu hoai tam tien
thang thinh thien tuyet uyen vinh viet xuan khanh khoa kien lam loc luan nhan nhat phat phuc quoc
quy sang tai tan tho toan tri truong tu van bao binh cuong dat dieu duy giap hau hiep hoan hong
huy khang khoi kim kiet lanh loi lien luong manh nghia nguyet nhi oanh phong quan quynh sinh suong
tho thong thu thuan tiep ty uy vuong yen
iloveyou2020 iloveyou2021 iloveyou2022 iloveyou2023 iloveyou2024 iloveyou2025 iloveyou2026
bongda bongda123 manutd manunited mu123 chelsea123 arsenal123 barca realmadrid123 hagl viettel viettel123
vnpt vnpt123 mobifone vinaphone fpt fpt123 fptshop zalo zalo123 facebook123 gmail gmail123 yahoo yahoo123
hotmail outlook email email123 skype tiktok instagram youtube123 google123 apple123 samsung123 nokia
nokia123 oppo xiaomi huawei vivo iphone123 ipad macbook laptop laptop123 computer123 maytinh maytinh123
wifi wifi123 wifipass internet123 modem router tplink dlink netgear 12345678a 11223344 12344321 1122334455
66668888 68686868 86868686 99999999 77777777 55555555 33333333 22222222 44444444 10101010 12121212 13131313
20202020 19001900 19191919 01234567 98765432 87654321 76543210 01010101 69696969 123654 123654789 1236987
qwertyuiop123 asdfghjkl123 zxcvbnm1234 poiuytrewq lkjhgfdsa mnbvcxz 0147258369 0123456 012345 0000000000
superman123 batman123 spiderman123 ironman captain avengers marvel pokemon123 naruto123 doraemon conan
sasuke goku dragonball onepiece luffy zoro sakura hinata itachi kakashi totoro pikachu mario zelda
lienquan lienminh lol123 dota dota2 pubg freefire garena garena123 audition gunny vltk kiemthe
tienlen phom xito baucua
letmein1 letmein12 access1 access14 trustno1 whatever1 qwerty1 qwerty12345 monkey1 monkey123 dragon1 dragon123
master1 shadow1 sunshine1 princess1 football1 baseball1 michael1 charlie1 jordan1 superman1 batman1 hunter1
soccer1 killer1 george1 andrew1 thomas1 robert1 daniel1 jessica1 ashley1 jennifer1 michelle1 nicole1 hannah1
summer1 winter1 flower1 cookie1 pepper1 ginger1 maggie1 tigger1 buster1 ranger1 harley1 mustang1 matrix1
`;

/** Words people lengthen with a year or digits to reach a length rule. */
const STEMS = `
password passw0rd p@ssword p@ssw0rd matkhau matkhaumoi matkhaucuatoi admin administrator quantri quantrivien
welcome letmein iloveyou anhyeuem emyeuanh vietnam hanoi saigon hochiminh dangvien dangcongsan dcsvn chibo dangbo
tinhuy huyenuy bithu vanphong quanly ubnd qwerty qwertyuiop asdfghjkl zxcvbnm abc abcd abcdef abcdefgh
grassroots demo test tester testing default changeme secret master login user guest root football baseball
dragon monkey shadow sunshine princess superman batman trustno xinchao giadinh quehuong bongda viettel
vnpt mobifone vinaphone fpt hello summer winter spring autumn 1q2w3e4r 1qaz2wsx qazwsx zaq1 qwe asd zxc
123456789 12345678 1234567890 0123456789 987654321 11111111 88888888 12345678910 147258369 abc123456
`;

/** Endings people add to a word: digits, symbols, years around now. */
const SUFFIXES = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '123456789',
  '@123',
  '@1234',
  '@12345',
  '@123456',
  '!',
  '!!',
  '1!',
  '123!',
  '@',
  '#',
  '#123',
  '.',
  '*',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2025',
  '2026',
  '2027',
  '@2020',
  '@2021',
  '@2022',
  '@2023',
  '@2024',
  '@2025',
  '@2026',
  '@2027',
  '2026!',
  '@2026!',
  '01',
  '007',
  '99',
  '9999',
  '888',
  '6868',
  '8888',
  '1990',
  '1995',
  '2000',
  '@1',
  '_123',
  '-123',
  '123@',
  '@@',
  '@123@',
  '1234!',
  'abc',
  'abc123',
];

const words = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

/** Every entry lowercased: the check is case-insensitive, so "Abc@12345" and "abc@12345" are one entry. */
export const COMMON_PASSWORDS: ReadonlySet<string> = (() => {
  const set = new Set(words(BASE));
  const stems = [...words(STEMS), ...words(BASE).filter((w) => /^[a-z]+$/.test(w) && w.length >= 4)];
  const endings = [...SUFFIXES, 'a', 'q', 'aa', 'abcd', 'qwe', 'qwerty', '12345678', '@12345678', '@123456789', '1234567890'];
  for (const stem of stems) for (const s of endings) set.add(stem + s);
  return set;
})();
