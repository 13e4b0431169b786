import type { PlanDocumentInput } from './types.js';

/**
 * The sample plan: 重庆市科技创新“十三五”规划 (Chongqing S&T innovation plan 2016–2020, issued by
 * 重庆市人民政府 on 2016-11-03), reshaped from the line-cited extraction of seed 002.
 *
 * - Indicators: the ten rows of 专栏1 (2010, 2015 values) and 专栏2 (2015 value, 2020 target); every value's
 *   `source.locator` names the table row and the line of the source text, `quote` is the cell as printed.
 *   Prose restatements that differ from the table (60%以上, 400亿元以上, 力争实现翻番) are `alternatives`.
 * - Platforms: counts and targets as written ("10个左右", "100家以上"); 力争 targets are `stretch`;
 *   "翻番" is a relative target (no base year is stated, so none is given); "新培育国家级高新区23个" is kept
 *   as printed (the extraction notes it is probably "2—3个" with a lost dash: do not read it as a fact).
 * - Regions: the municipality (GB/T 2260 code 500000, with its 2015 R&D intensity) and the 五大功能区域
 *   with their roles quoted from the plan (no numbers are given for them).
 * Nothing here is derived: where the plan gives no number, there is none.
 */
export const samplePlanDocument: PlanDocumentInput = {
  version: 1,
  plan: {
    id: 'cq-sti-13fyp',
    title: {
      'zh-CN': '重庆市科技创新“十三五”规划',
      en: 'Chongqing Science and Technology Innovation Plan for the 13th Five-Year Period',
    },
    region: '重庆市',
    period: {
      start: 2016,
      end: 2020,
    },
    source: {
      title: '重庆市人民政府关于印发重庆市科技创新“十三五”规划的通知',
      publisher: '重庆市人民政府',
      date: '2016-11-03',
      locator: 'line 17',
    },
  },
  indicators: [
    {
      id: 'tech-progress-contribution',
      name: {
        'zh-CN': '科技进步贡献率',
        en: 'Contribution rate of S&T progress to economic growth',
      },
      unit: '%',
      category: {
        'zh-CN': '创新型经济结构',
        en: 'Innovation-oriented economic structure',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 47.8,
          source: {
            locator: '专栏1 第1行, line 366',
            quote: '47.8',
          },
        },
        {
          year: 2015,
          value: 52.9,
          source: {
            locator: '专栏1 第1行, line 371; 专栏2 第1行, line 745',
            quote: '52.9',
          },
        },
      ],
      target: {
        year: 2020,
        value: 60,
        comparator: 'eq',
        source: {
          locator: '专栏2 第1行, line 750',
          quote: '60',
        },
      },
      source: {
        locator: '专栏1 第1行 (line 361); 专栏2 第1行 (line 735)',
        quote: '科技进步贡献率(%',
      },
      alternatives: [
        {
          value: '60%以上',
          year: 2020,
          source: {
            locator: 'line 675',
            quote: '科技进步贡献率提高到60%以上',
          },
        },
      ],
    },
    {
      id: 'rd-intensity',
      name: {
        'zh-CN': '研究与试验发展经费投入强度',
        en: 'R&D expenditure intensity (R&D spending as share of GDP)',
      },
      unit: '%',
      category: {
        'zh-CN': '区域创新能力',
        en: 'Regional innovation capacity',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 1.27,
          source: {
            locator: '专栏1 第2行, line 391',
            quote: '1.27',
          },
        },
        {
          year: 2015,
          value: 1.57,
          source: {
            locator: '专栏1 第2行, line 396; 专栏2 第2行, line 770',
            quote: '1.57',
          },
        },
      ],
      target: {
        year: 2020,
        value: 2.5,
        comparator: 'eq',
        source: {
          locator: '专栏2 第2行, line 775',
          quote: '2.5',
        },
      },
      source: {
        locator: '专栏1 第2行 (line 386); 专栏2 第2行 (line 760)',
        quote: '研究与试验发展经费投入强度(%',
      },
    },
    {
      id: 'rd-personnel-per-10k',
      name: {
        'zh-CN': '每万名就业人员中研发人员',
        en: 'R&D personnel per 10,000 employed persons',
      },
      unit: '人年',
      category: {
        'zh-CN': '区域创新能力',
        en: 'Regional innovation capacity',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 24,
          source: {
            locator: '专栏1 第3行, line 416',
            quote: '24',
          },
        },
        {
          year: 2015,
          value: 36,
          source: {
            locator: '专栏1 第3行, line 421; 专栏2 第3行, line 795',
            quote: '36',
          },
        },
      ],
      target: {
        year: 2020,
        value: 60,
        comparator: 'eq',
        source: {
          locator: '专栏2 第3行, line 800',
          quote: '60',
        },
      },
      source: {
        locator: '专栏1 第3行 (line 411); 专栏2 第3行 (line 785)',
        quote: '每万名就业人员中研发人员(人年)',
      },
    },
    {
      id: 'high-tech-enterprises',
      name: {
        'zh-CN': '高新技术企业',
        en: 'Certified high-tech enterprises',
      },
      unit: '家',
      category: {
        'zh-CN': '创新型经济结构',
        en: 'Innovation-oriented economic structure',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 338,
          source: {
            locator: '专栏1 第4行, line 441',
            quote: '338',
          },
        },
        {
          year: 2015,
          value: 1035,
          source: {
            locator: '专栏1 第4行, line 446; 专栏2 第4行, line 820',
            quote: '1035',
          },
        },
      ],
      target: {
        year: 2020,
        value: 3000,
        comparator: 'eq',
        source: {
          locator: '专栏2 第4行, line 825',
          quote: '3000',
        },
      },
      source: {
        locator: '专栏1 第4行 (line 436); 专栏2 第4行 (line 810)',
        quote: '高新技术企业(家)',
      },
      alternatives: [
        {
          value: '3000家以上',
          year: 2020,
          source: {
            locator: 'line 1594',
            quote: '到2020年高新技术企业达到3000家以上',
          },
        },
      ],
    },
    {
      id: 'strategic-emerging-mfg-share',
      name: {
        'zh-CN': '战略性新兴制造业增加值占规模以上工业增加值的比重',
        en: 'Strategic emerging manufacturing value added as share of above-scale industrial value added',
      },
      unit: '%',
      category: {
        'zh-CN': '创新型经济结构',
        en: 'Innovation-oriented economic structure',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: '——',
          source: {
            locator: '专栏1 第5行, line 466',
            quote: '——',
          },
        },
        {
          year: 2015,
          value: 13.5,
          source: {
            locator: '专栏1 第5行, line 471; 专栏2 第5行, line 845',
            quote: '13.5',
          },
        },
      ],
      target: {
        year: 2020,
        value: 30,
        comparator: 'eq',
        source: {
          locator: '专栏2 第5行, line 850',
          quote: '30',
        },
      },
      source: {
        locator: '专栏1 第5行 (line 461); 专栏2 第5行 (line 835)',
        quote: '战略性新兴制造业增加值占规模以上工业增加值的比重(%',
      },
    },
    {
      id: 'knowledge-services-share',
      name: {
        'zh-CN': '知识密集型服务业增加值占地区生产总值的比重',
        en: 'Knowledge-intensive services value added as share of GDP',
      },
      unit: '%',
      category: {
        'zh-CN': '创新型经济结构',
        en: 'Innovation-oriented economic structure',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: '——',
          source: {
            locator: '专栏1 第6行, line 491',
            quote: '——',
          },
        },
        {
          year: 2015,
          value: 16.3,
          source: {
            locator: '专栏1 第6行, line 496; 专栏2 第6行, line 870',
            quote: '16.3',
          },
        },
      ],
      target: {
        year: 2020,
        value: 20,
        comparator: 'eq',
        source: {
          locator: '专栏2 第6行, line 875',
          quote: '20',
        },
      },
      source: {
        locator: '专栏1 第6行 (line 486); 专栏2 第6行 (line 860)',
        quote: '知识密集型服务业增加值占地区生产总值的比重(%',
      },
    },
    {
      id: 'industrial-rd-revenue-ratio',
      name: {
        'zh-CN': '规模以上工业企业研发经费支出与主营业务收入之比',
        en: 'R&D expenditure of above-scale industrial enterprises as share of main business revenue',
      },
      unit: '%',
      category: {
        'zh-CN': '区域创新能力',
        en: 'Regional innovation capacity',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 0.79,
          source: {
            locator: '专栏1 第7行, line 516',
            quote: '0.79',
          },
        },
        {
          year: 2015,
          value: 0.97,
          source: {
            locator: '专栏1 第7行, line 521; 专栏2 第7行, line 895',
            quote: '0.97',
          },
        },
      ],
      target: {
        year: 2020,
        value: 1.2,
        comparator: 'eq',
        source: {
          locator: '专栏2 第7行, line 900',
          quote: '1.2',
        },
      },
      source: {
        locator: '专栏1 第7行 (line 511); 专栏2 第7行 (line 885)',
        quote: '规模以上工业企业研发经费支出与主营业务收入之比(%',
      },
    },
    {
      id: 'invention-patents-per-10k',
      name: {
        'zh-CN': '每万人口发明专利拥有量',
        en: 'Invention patents in force per 10,000 population',
      },
      unit: '件',
      category: {
        'zh-CN': '区域创新能力',
        en: 'Regional innovation capacity',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 1.1,
          source: {
            locator: '专栏1 第8行, line 541',
            quote: '1.1',
          },
        },
        {
          year: 2015,
          value: 4.3,
          source: {
            locator: '专栏1 第8行, line 546; 专栏2 第8行, line 920',
            quote: '4.3',
          },
        },
      ],
      target: {
        year: 2020,
        value: 8.6,
        comparator: 'eq',
        source: {
          locator: '专栏2 第8行, line 925',
          quote: '8.6',
        },
      },
      source: {
        locator: '专栏1 第8行 (line 536); 专栏2 第8行 (line 910)',
        quote: '每万人口发明专利拥有量(件)',
      },
    },
    {
      id: 'tech-contract-turnover',
      name: {
        'zh-CN': '技术合同成交额',
        en: 'Turnover of technology contracts',
      },
      unit: '亿元',
      category: {
        'zh-CN': '创新型经济结构',
        en: 'Innovation-oriented economic structure',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 168,
          source: {
            locator: '专栏1 第9行, line 566',
            quote: '168',
          },
        },
        {
          year: 2015,
          value: 241.5,
          source: {
            locator: '专栏1 第9行, line 571; 专栏2 第9行, line 945',
            quote: '241.5',
          },
        },
      ],
      target: {
        year: 2020,
        value: 400,
        comparator: 'eq',
        source: {
          locator: '专栏2 第9行, line 950',
          quote: '400',
        },
      },
      source: {
        locator: '专栏1 第9行 (line 561); 专栏2 第9行 (line 935)',
        quote: '技术合同成交额(亿元)',
      },
      alternatives: [
        {
          value: '400亿元以上',
          year: 2020,
          source: {
            locator: 'line 675',
            quote: '技术合同成交额达到400亿元以上',
          },
        },
        {
          value: '力争实现翻番',
          year: 2020,
          source: {
            locator: 'line 1855',
            quote: '到2020年,技术合同交易额力争实现翻番',
          },
        },
      ],
    },
    {
      id: 'scientific-literacy',
      name: {
        'zh-CN': '公民具备科学素养的比例',
        en: 'Share of citizens with basic scientific literacy',
      },
      unit: '%',
      category: {
        'zh-CN': '创新生态',
        en: 'Innovation ecosystem',
      },
      attribute: 'expected',
      direction: 'increase',
      observations: [
        {
          year: 2010,
          value: 2.5,
          source: {
            locator: '专栏1 第10行, line 591',
            quote: '2.5',
          },
        },
        {
          year: 2015,
          value: 4.74,
          source: {
            locator: '专栏1 第10行, line 596; 专栏2 第10行, line 970',
            quote: '4.74',
          },
        },
      ],
      target: {
        year: 2020,
        value: 8.3,
        comparator: 'eq',
        source: {
          locator: '专栏2 第10行, line 975',
          quote: '8.3',
        },
      },
      source: {
        locator: '专栏1 第10行 (line 586); 专栏2 第10行 (line 960)',
        quote: '公民具备科学素养的比例(%',
      },
    },
  ],
  platforms: [
    {
      id: 'rd-institutions-industrial-enterprises',
      type: {
        'zh-CN': '研发机构(规模以上工业企业建有)',
        en: 'R&D institutions in above-scale industrial enterprises',
      },
      count: 896,
      year: 2015,
      source: {
        locator: 'line 309',
        quote: '2015年,722家规模以上工业企业建有研发机构896家',
      },
      target: {
        year: 2020,
        relative: {
          type: 'multiple',
          factor: 2,
        },
        source: {
          locator: 'line 1557',
          quote: '到2020年,规模以上工业企业研发机构数实现翻番',
        },
      },
    },
    {
      id: 'rd-bases-all',
      type: {
        'zh-CN': '各类研发基地(重点实验室、工程技术(研究)中心、企业技术中心等)',
        en: 'R&D bases of all kinds (key labs, engineering research centres, enterprise technology centres, etc.)',
      },
      count: '超过1100个',
      total: true,
      source: {
        locator: 'line 309',
        quote: '重点实验室、工程技术(研究)中心、企业技术中心等各类研发基地超过1100个',
      },
    },
    {
      id: 'high-tech-zones-national',
      type: {
        'zh-CN': '国家级高新区',
        en: 'National high-tech industrial development zones',
      },
      level: 'national',
      added: {
        value: '23个',
        period: '十三五',
        source: {
          locator: 'line 1424',
          quote: '到2020年新培育国家级高新区23个',
        },
      },
    },
    {
      id: 'high-tech-zones-municipal',
      type: {
        'zh-CN': '市级高新区',
        en: 'Municipal high-tech industrial development zones',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '20个',
        source: {
          locator: 'line 1424',
          quote: '到2020年积极培育市级高新区20个',
        },
      },
    },
    {
      id: 'agri-sci-tech-parks-national',
      type: {
        'zh-CN': '国家级农业科技园区',
        en: 'National agricultural S&T parks',
      },
      level: 'national',
      target: {
        year: 2020,
        value: '10个左右',
        source: {
          locator: 'line 1428',
          quote: '创建国家级农业科技园区10个左右',
        },
      },
    },
    {
      id: 'agri-demo-zones-municipal',
      type: {
        'zh-CN': '市级农业产业科技示范区',
        en: 'Municipal agricultural-industry S&T demonstration zones',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '20个左右',
        source: {
          locator: 'line 1428',
          quote: '市级农业产业科技示范区20个左右',
        },
      },
    },
    {
      id: 'specialty-industry-parks',
      type: {
        'zh-CN': '特色产业科技园区',
        en: 'Specialty-industry S&T parks',
      },
      target: {
        year: 2020,
        value: '20个',
        source: {
          locator: 'line 1432',
          quote: '到2020年,在全市建设特色产业科技园区20个',
        },
      },
    },
    {
      id: 'enterprise-rd-centres-leading',
      type: {
        'zh-CN': '企业研发创新中心(国内同行业领先)',
        en: 'Enterprise R&D innovation centres leading their industry nationally',
      },
      target: {
        year: 2020,
        value: '10家以上',
        stretch: true,
        source: {
          locator: 'line 1611',
          quote: '到2020年,力争培育在国内同行业中具有领先地位的企业研发创新中心10家以上',
        },
      },
    },
    {
      id: 'enterprise-rd-centres-national-listed',
      type: {
        'zh-CN': '国家级企业研发创新中心(专栏16所列)',
        en: 'National-level enterprise R&D innovation centres listed in box 16',
      },
      level: 'national',
      members: [
        '自主品牌汽车研发创新中心',
        '集成电路研发创新中心',
        '通航装备研发创新中心',
        '轨道交通研发创新中心',
        '高性能合金材料研发创新中心',
        '智能制造研发创新中心',
        '新材料研发创新中心',
        '液晶面板研发创新中心',
        '节能环保研发创新中心',
        '生物制药研发创新中心',
      ],
      source: {
        locator: '专栏16, line 1623',
        quote: '国家级企业研发创新中心培育',
      },
    },
    {
      id: 'enterprise-tech-centres-national',
      type: {
        'zh-CN': '国家级企业技术中心',
        en: 'National enterprise technology centres',
      },
      level: 'national',
      target: {
        year: 2020,
        value: '50家',
        stretch: true,
        source: {
          locator: 'line 1615',
          quote: '到2020年,力争国家级企业技术中心达到50家',
        },
      },
    },
    {
      id: 'enterprise-tech-centres-municipal',
      type: {
        'zh-CN': '市级企业技术中心',
        en: 'Municipal enterprise technology centres',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '600家',
        stretch: true,
        source: {
          locator: 'line 1619',
          quote: '到2020年,力争市级企业技术中心达到600家',
        },
      },
    },
    {
      id: 'collab-innovation-centres-2011',
      type: {
        'zh-CN': '市级“2011协同创新中心”',
        en: 'Municipal “2011” collaborative innovation centres',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '50个',
        source: {
          locator: 'line 1702',
          quote: '到2020年全市总量达50个',
        },
      },
    },
    {
      id: 'collab-innovation-centres-2011-university-led',
      type: {
        'zh-CN': '市属本科高校牵头建设的市级“2011协同创新中心”',
        en: 'Municipal “2011” centres led by municipal universities',
      },
      level: 'municipal',
      partOf: 'collab-innovation-centres-2011',
      target: {
        year: 2020,
        value: '20个左右',
        source: {
          locator: 'line 1702',
          quote: '累计择优支持20个左右市属本科高校牵头建设的市级“2011协同创新中心”',
        },
      },
    },
    {
      id: 'university-key-labs',
      type: {
        'zh-CN': '高校重点实验室',
        en: 'University key laboratories',
      },
      level: '部市级',
      target: {
        year: 2020,
        value: '120个',
        source: {
          locator: 'line 1706',
          quote: '建成高校部市级重点实验室共120个',
        },
      },
    },
    {
      id: 'university-engineering-centres',
      type: {
        'zh-CN': '高校工程研究中心',
        en: 'University engineering research centres',
      },
      level: '部市级',
      target: {
        year: 2020,
        value: '40个',
        source: {
          locator: 'line 1706',
          quote: '高校部市级工程研究中心40个',
        },
      },
    },
    {
      id: 'vocational-tech-promotion-centres',
      type: {
        'zh-CN': '高职院校应用技术推广中心',
        en: 'Applied-technology promotion centres at higher vocational colleges',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '40个',
        source: {
          locator: 'line 1706',
          quote: '建成市级高职院校应用技术推广中心40个',
        },
      },
    },
    {
      id: 'industry-university-research-bases',
      type: {
        'zh-CN': '产学研合作基地',
        en: 'Industry-university-research cooperation bases',
      },
      target: {
        year: 2020,
        value: '20个',
        source: {
          locator: 'line 1710',
          quote: '建立产学研合作基地20个',
        },
      },
    },
    {
      id: 'university-maker-spaces',
      type: {
        'zh-CN': '高校众创空间',
        en: 'University maker spaces',
      },
      target: {
        year: 2020,
        value: '100个',
        source: {
          locator: 'line 1710',
          quote: '建设高校众创空间100个',
        },
      },
    },
    {
      id: 'demo-maker-spaces',
      type: {
        'zh-CN': '示范性众创空间',
        en: 'Demonstration maker spaces',
      },
      target: {
        year: 2020,
        value: '55个',
        source: {
          locator: 'line 1710',
          quote: '示范性众创空间55个',
        },
      },
    },
    {
      id: 'university-think-tanks',
      type: {
        'zh-CN': '新型高校智库',
        en: 'New-type university think tanks',
      },
      target: {
        year: 2020,
        value: '30个左右',
        source: {
          locator: 'line 1710',
          quote: '新型高校智库30个左右',
        },
      },
    },
    {
      id: 'teaching-demo-centres-national',
      type: {
        'zh-CN': '实验教学示范中心',
        en: 'Experimental teaching demonstration centres',
      },
      level: 'national',
      target: {
        year: 2020,
        value: '25个',
        source: {
          locator: 'line 1714',
          quote: '建成国家级实验教学示范中心25个',
        },
      },
    },
    {
      id: 'virtual-teaching-demo-centres-national',
      type: {
        'zh-CN': '虚拟仿真实验教学示范中心',
        en: 'Virtual-simulation experimental teaching demonstration centres',
      },
      level: 'national',
      target: {
        year: 2020,
        value: '10个',
        source: {
          locator: 'line 1714',
          quote: '国家级虚拟仿真实验教学示范中心10个',
        },
      },
    },
    {
      id: 'vocational-virtual-training-centres',
      type: {
        'zh-CN': '职业能力培养虚拟仿真实训中心',
        en: 'Virtual-simulation vocational training centres',
      },
      target: {
        year: 2020,
        value: '10个',
        source: {
          locator: 'line 1714',
          quote: '建设职业能力培养虚拟仿真实训中心10个',
        },
      },
    },
    {
      id: 'entrepreneurship-teaching-resource-centres',
      type: {
        'zh-CN': '创新创业教学资源研发中心',
        en: 'Innovation and entrepreneurship teaching-resource R&D centres',
      },
      level: 'municipal',
      target: {
        year: 2020,
        value: '10个',
        source: {
          locator: 'line 1714',
          quote: '布点市级创新创业教学资源研发中心10个',
        },
      },
    },
    {
      id: 'incubators',
      type: {
        'zh-CN': '科技企业孵化器',
        en: 'S&T business incubators',
      },
      target: {
        year: 2020,
        value: '100家以上',
        source: {
          locator: 'line 1847',
          quote: '到2020年,全市科技企业孵化器达到100家以上',
        },
      },
    },
    {
      id: 'sci-tech-finance-centres',
      type: {
        'zh-CN': '科技金融服务中心(工作站)',
        en: 'S&T finance service centres (work stations)',
      },
      level: 'district',
      target: {
        year: 2020,
        value: '100个以上',
        source: {
          locator: 'line 1876',
          quote: '到2020年,区县(自治县)科技金融服务中心(工作站)达到100个以上',
        },
      },
    },
    {
      id: 'major-research-platforms-listed',
      type: {
        'zh-CN': '重大科研基础平台(专栏13所列)',
        en: 'Major basic research platforms listed in box 13',
      },
      members: [
        '汽车风洞实验室',
        '超级计算中心',
        '电子显微镜中心',
        '生物医学大数据中心',
        '增材制造研发创新中心',
        '无人驾驶研发创新中心',
        '电池材料研发创新中心',
        '人工智能研发创新中心',
      ],
      source: {
        locator: '专栏13, line 1449',
        quote: '重大科研基础平台',
      },
    },
    {
      id: 'industrial-innovation-institutes-listed',
      type: {
        'zh-CN': '产业技术创新平台(专栏14所列)',
        en: 'Industrial technology innovation platforms listed in box 14',
      },
      members: [
        '石墨烯产业技术创新研究院',
        '机器人产业技术创新研究院',
        '页岩气产业技术创新研究院',
        '3D打印产业技术创新研究院',
        '物联网产业技术创新研究院',
        '汽车智能制造与检测产业技术研究院',
        '功能材料产业技术研究院',
        '海洋装备技术研究院',
        '精准医疗产业技术研究院',
      ],
      source: {
        locator: '专栏14, line 1491',
        quote: '重点产业技术创新平台',
      },
    },
    {
      id: 'public-service-platforms-listed',
      type: {
        'zh-CN': '科技公共服务平台(专栏20所列)',
        en: 'S&T public service platforms listed in box 20',
      },
      level: 'municipal',
      members: ['科技资源共享服务平台', '专利导航信息服务平台', '科技金融服务平台'],
      source: {
        locator: '专栏20, line 1863',
        quote: '科技公共服务平台',
      },
    },
  ],
  regions: [
    {
      id: '500000',
      name: {
        'zh-CN': '重庆市',
        en: 'Chongqing',
      },
      aliases: ['重庆'],
      parent: null,
      role: {
        'zh-CN': '到2020年,进入创新型城市行列,国家自主创新示范区建设取得重要进展,初步建成西部创新中心',
        en: 'By 2020: join the ranks of innovative cities; initially build the Western Innovation Centre',
      },
      values: {
        'rd-intensity': [
          {
            year: 2015,
            value: 1.57,
            source: {
              locator: 'line 623',
              quote: '2015年全社会研发投入强度仅为1.57%',
            },
          },
        ],
      },
      source: {
        locator: 'line 671',
        quote: '到2020年,进入创新型城市行列,国家自主创新示范区建设取得重要进展,初步建成西部创新中心',
      },
    },
    {
      id: 'cq-core',
      name: {
        'zh-CN': '都市功能核心区',
        en: 'Metropolitan core functional zone',
      },
      parent: '500000',
      group: '五大功能区域',
      role: {
        'zh-CN':
          '重点依托两江新区和国家级高新区,打造高端科技创新载体,集聚高端创新资源,大力发展电子信息、高端装备、生物医药、节能环保、高技术服务等新兴产业,加速形成创新极化效应,以示范创新引领全面创新',
        en: 'Rely on Liangjiang New Area and national high-tech zones: high-end innovation carriers and resources, emerging industries, innovation polarization',
      },
      source: {
        locator: 'line 1391',
        quote: '在都市功能核心区和都市功能拓展区',
      },
    },
    {
      id: 'cq-expansion',
      name: {
        'zh-CN': '都市功能拓展区',
        en: 'Metropolitan expansion functional zone',
      },
      parent: '500000',
      group: '五大功能区域',
      role: {
        'zh-CN':
          '重点依托两江新区和国家级高新区,打造高端科技创新载体,集聚高端创新资源,大力发展电子信息、高端装备、生物医药、节能环保、高技术服务等新兴产业,加速形成创新极化效应,以示范创新引领全面创新',
        en: 'Rely on Liangjiang New Area and national high-tech zones: high-end innovation carriers and resources, emerging industries, innovation polarization',
      },
      source: {
        locator: 'line 1391',
        quote: '在都市功能核心区和都市功能拓展区',
      },
    },
    {
      id: 'cq-new-urban',
      name: {
        'zh-CN': '城市发展新区',
        en: 'New urban development zone',
      },
      parent: '500000',
      group: '五大功能区域',
      role: {
        'zh-CN':
          '围绕汽车、化工等优势产业改造提升和高端装备、页岩气等战略性新兴产业集群培育发展,布局建设以新产品开发为重点的产业化与工程化技术成果转移转化平台',
        en: 'Upgrade automobiles and chemicals, grow high-end equipment and shale gas clusters: technology-transfer platforms focused on new products',
      },
      source: {
        locator: 'line 1391',
        quote: '在城市发展新区',
      },
    },
    {
      id: 'cq-northeast',
      name: {
        'zh-CN': '渝东北生态涵养发展区',
        en: 'Northeast Chongqing ecological conservation zone',
      },
      parent: '500000',
      group: '五大功能区域',
      role: {
        'zh-CN': '引进和应用先进适用技术,深化科技精准扶贫,加快建设沿江绿色发展示范区和武陵山绿色发展示范区',
        en: 'Adopt advanced applicable technology, S&T targeted poverty alleviation, green development demonstration areas',
      },
      source: {
        locator: 'line 1391',
        quote: '在渝东北生态涵养发展区和渝东南生态保护发展区',
      },
    },
    {
      id: 'cq-southeast',
      name: {
        'zh-CN': '渝东南生态保护发展区',
        en: 'Southeast Chongqing ecological protection zone',
      },
      parent: '500000',
      group: '五大功能区域',
      role: {
        'zh-CN': '引进和应用先进适用技术,深化科技精准扶贫,加快建设沿江绿色发展示范区和武陵山绿色发展示范区',
        en: 'Adopt advanced applicable technology, S&T targeted poverty alleviation, green development demonstration areas',
      },
      source: {
        locator: 'line 1391',
        quote: '在渝东北生态涵养发展区和渝东南生态保护发展区',
      },
    },
  ],
};
